package kansa.checklist.excel.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.ImportLimits;

/**
 * Looks at a file before any workbook is parsed: is it there, is it an Excel file at all, is it encrypted, does
 * its zip directory promise more data than Kansa will unpack. Only reads the file.
 */
final class FileGuard {

	enum Format {
		XLSX, XLS
	}

	private FileGuard() {
	}

	static Format check(Path file, String label, ImportLimits limits) throws ImportException {
		if (!Files.isRegularFile(file)) {
			throw new ImportException(label, "ファイルがありません / file not found");
		}
		long size;
		FileMagic magic;
		try {
			size = Files.size(file);
			if (size == 0) {
				throw new ImportException(label, "空のファイルです / the file is empty");
			}
			if (size > limits.maxFileBytes()) {
				throw new ImportException(label, "ファイルが大きすぎます（" + (size >> 20) + " MB、上限 "
						+ (limits.maxFileBytes() >> 20) + " MB） / the file is larger than Kansa imports");
			}
			try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
				magic = FileMagic.valueOf(in);
			}
		} catch (IOException e) {
			throw new ImportException(label, "読み込めません / cannot be read: " + e.getMessage(), e);
		}
		switch (magic) {
			case OOXML:
				checkZip(file, label, limits);
				return Format.XLSX;
			case OLE2:
				if (encrypted(file, label)) {
					throw new ImportException(label, "パスワードで保護（暗号化）されているため読み込めません。Excel でパスワードを"
							+ "解除して保存し直してから読み込んでください / the workbook is encrypted with a password;"
							+ " remove the password in Excel, save, and import again");
				}
				return Format.XLS;
			default:
				throw new ImportException(label, "Excel ファイル（.xlsx / .xls）ではありません（" + magic
						+ "）。Excel で開いて .xlsx 形式で保存してください / not an Excel workbook");
		}
	}

	/** An encrypted .xlsx is an OLE2 container holding the encrypted package. */
	private static boolean encrypted(Path file, String label) throws ImportException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			return root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage");
		} catch (IOException | RuntimeException e) {
			throw new ImportException(label, "ファイルが壊れているため読み込めません / the file is damaged: " + e.getMessage(), e);
		}
	}

	/**
	 * Refuses archives whose directory announces parts bigger than the limit or compressed beyond the ratio a real
	 * workbook has, then unpacks every part once, counting the bytes it really yields: a directory may lie about
	 * sizes, and POI's own checks let a part through that unpacks to gigabytes at a moderate ratio. XML parts also
	 * pass {@link BoundedXml}, so no attribute, text or comment can grow beyond what a parser may buffer.
	 */
	private static void checkZip(Path file, String label, ImportLimits limits) throws ImportException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			long total = 0;
			int count = 0;
			for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
				ZipEntry e = en.nextElement();
				if (++count > 10_000) {
					throw bomb(label, "部品の数が多すぎます / too many parts");
				}
				long unpacked = e.getSize();
				long packed = e.getCompressedSize();
				if (unpacked > limits.maxUnpackedBytes()) {
					throw tooLarge(label, e.getName(), unpacked);
				}
				if (packed > 0 && unpacked > (1 << 20) && unpacked / packed > limits.maxCompressionRatio()) {
					throw tooCompressed(label, e.getName(), unpacked / packed);
				}
			}
			for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
				ZipEntry e = en.nextElement();
				if (!e.isDirectory()) {
					total += unpack(zip, e, label, limits);
					if (total > 4 * limits.maxUnpackedBytes()) {
						throw bomb(label, "展開後の合計が大きすぎます / the parts together unpack too large");
					}
				}
			}
		} catch (LimitedInputStream.LimitReached e) {
			throw e.reason;
		} catch (ZipException | EOFException e) {
			throw new ImportException(label, "ファイルが壊れているため読み込めません（zip 形式が不正） / the file is damaged"
					+ " (not a valid zip archive): " + e.getMessage(), e);
		} catch (IOException e) {
			throw new ImportException(label, "読み込めません / cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * Unpacks one part into nothing and returns how many bytes it really gave; an XML part is parsed on the way,
	 * so that a malformed one or one with a DOCTYPE is named here in one line, before POI reads it.
	 */
	private static long unpack(ZipFile zip, ZipEntry e, String label, ImportLimits limits)
			throws IOException, ImportException {
		String name = e.getName();
		try (InputStream raw = zip.getInputStream(e)) {
			LimitedInputStream in = new LimitedInputStream(raw, limits.maxUnpackedBytes(),
					() -> tooLarge(label, name, limits.maxUnpackedBytes() + 1))
					.ratio(e.getCompressedSize(), limits.maxCompressionRatio(), r -> tooCompressed(label, name, r));
			if (isXml(name)) {
				XmlCheck.wellFormed(new BoundedXml(in, maxXmlRun(limits), label, name), label, name);
			}
			in.transferTo(OutputStream.nullOutputStream());
			return in.count();
		}
	}

	static boolean isXml(String part) {
		String p = part.toLowerCase(java.util.Locale.ROOT);
		return p.endsWith(".xml") || p.endsWith(".rels") || p.endsWith(".vml");
	}

	/**
	 * Longest attribute value, text, comment or tag an XML part may hold: room for the longest cell text even if
	 * every character were written as an entity.
	 */
	static long maxXmlRun(ImportLimits limits) {
		return Math.max(1 << 20, 8L * limits.maxCellChars());
	}

	private static ImportException tooLarge(String label, String part, long unpacked) {
		return bomb(label, part + " は展開すると " + (unpacked >> 20) + " MB を超えます / unpacks to more than "
				+ (unpacked >> 20) + " MB");
	}

	private static ImportException tooCompressed(String label, String part, long ratio) {
		return bomb(label, part + " の圧縮率が " + ratio + " 倍です / compressed " + ratio + " times");
	}

	static ImportException bomb(String label, String detail) {
		return new ImportException(label, "展開すると異常に大きくなるファイルです（zip bomb の疑い）。読み込みを中止しました: "
				+ detail + " / refused as a probable zip bomb");
	}
}
