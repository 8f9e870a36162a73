package kansa.checklist.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes zip archives whose central directory understates what a part unpacks to, as a hostile .xlsx does. A
 * huge part is made of one compressed chunk repeated (each chunk ends with a full flush, so the copies form one
 * valid deflate stream): a gigabyte of content costs a few seconds of CRC, not of compression. The chunk's
 * content compresses about 50 times, below the ratio POI's own ZipSecureFile refuses.
 */
final class LyingZips {

	/** Unpacked size of a part's repeated chunk. */
	static final int CHUNK = 1 << 16;

	/** Marks the last piece of a part: the deflate stream ends after it. */
	private static final int FINISH = -1;

	/** A part: prefix, then {@code repeat} chunks of filler, then suffix. */
	record Part(String name, byte[] prefix, int repeat, byte[] suffix) {
		long unpacked() {
			return prefix.length + (long) CHUNK * repeat + suffix.length;
		}
	}

	private LyingZips() {
	}

	/** The parts of a real workbook, by name, in order. */
	static Map<String, String> parts(byte[] xlsx) throws IOException {
		Map<String, String> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return parts;
	}

	/**
	 * The workbook with {@code part} split at {@code at} (the first occurrence) and {@code open + filler + close}
	 * put there, the filler being {@code bytes} long; that part's directory entry claims three times its
	 * compressed size.
	 */
	static void write(Path file, Map<String, String> parts, String part, String at, String open, String close,
			long bytes) throws IOException {
		List<Part> list = new ArrayList<>();
		for (Map.Entry<String, String> p : parts.entrySet()) {
			String text = p.getValue();
			if (p.getKey().equals(part)) {
				int k = text.indexOf(at);
				if (k < 0) {
					throw new IllegalArgumentException(at + " not in " + part);
				}
				list.add(new Part(part, (text.substring(0, k) + open).getBytes(StandardCharsets.UTF_8),
						(int) (bytes / CHUNK), (close + text.substring(k)).getBytes(StandardCharsets.UTF_8)));
			} else {
				list.add(new Part(p.getKey(), text.getBytes(StandardCharsets.UTF_8), 0, new byte[0]));
			}
		}
		write(file, list);
	}

	static void write(Path file, List<Part> parts) throws IOException {
		byte[] chunk = filler();
		byte[] packedChunk = deflate(chunk, Deflater.FULL_FLUSH);
		ByteArrayOutputStream directory = new ByteArrayOutputStream();
		long offset = 0;
		try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			for (Part p : parts) {
				byte[] head = deflate(p.prefix(), p.repeat() > 0 ? Deflater.FULL_FLUSH : FINISH);
				byte[] tail = p.repeat() > 0 ? deflate(p.suffix(), FINISH) : new byte[0];
				long packed = head.length + (long) packedChunk.length * p.repeat() + tail.length;
				CRC32 crc = new CRC32();
				crc.update(p.prefix());
				for (int k = 0; k < p.repeat(); k++) {
					crc.update(chunk);
				}
				crc.update(p.suffix());
				long claimed = p.repeat() > 0 ? packed * 3 : p.unpacked();
				byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
				ByteBuffer local = header(30 + name.length, 0x04034b50);
				local.putShort((short) 20).putShort((short) 0x0800).putShort((short) 8).putInt(0)
						.putInt((int) crc.getValue()).putInt((int) packed).putInt((int) claimed)
						.putShort((short) name.length).putShort((short) 0).put(name);
				out.write(local.array());
				out.write(head);
				for (int k = 0; k < p.repeat(); k++) {
					out.write(packedChunk);
				}
				out.write(tail);
				ByteBuffer central = header(46 + name.length, 0x02014b50);
				central.putShort((short) 20).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
						.putInt(0).putInt((int) crc.getValue()).putInt((int) packed).putInt((int) claimed)
						.putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
						.putShort((short) 0).putInt(0).putInt((int) offset).put(name);
				directory.write(central.array());
				offset += 30 + name.length + packed;
			}
			out.write(directory.toByteArray());
			ByteBuffer end = header(22, 0x06054b50);
			end.putShort((short) 0).putShort((short) 0).putShort((short) parts.size()).putShort((short) parts.size())
					.putInt(directory.size()).putInt((int) offset).putShort((short) 0);
			out.write(end.array());
		}
	}

	private static ByteBuffer header(int size, int signature) {
		return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN).putInt(signature);
	}

	/** Mostly one letter, with a few random ones: compresses about 50 times. */
	static byte[] filler() {
		Random r = new Random(14);
		byte[] c = new byte[CHUNK];
		for (int i = 0; i < c.length; i++) {
			c[i] = (byte) (r.nextDouble() < 0.006 ? 'a' + r.nextInt(26) : 'A');
		}
		return c;
	}

	/** Raw deflate (as zip stores it) with a fresh dictionary, so outputs can be concatenated. */
	private static byte[] deflate(byte[] data, int flush) {
		Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try {
			d.setInput(data);
			if (flush == FINISH) {
				d.finish();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buf = new byte[1 << 16];
			while (true) {
				int n = d.deflate(buf, 0, buf.length, flush == FINISH ? Deflater.NO_FLUSH : flush);
				out.write(buf, 0, n);
				if (flush == FINISH ? d.finished() : n < buf.length) {
					break;
				}
			}
			return out.toByteArray();
		} finally {
			d.end();
		}
	}
}
