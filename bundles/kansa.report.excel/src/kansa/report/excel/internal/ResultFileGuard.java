package kansa.report.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import kansa.core.report.ResultSheetException;

/**
 * Bounds what reading a results workbook may cost before POI parses it: the file's size, and each part's size
 * and compression as its zip directory announces them, against POI's own {@link ZipSecureFile} ratio so both
 * checks agree, then what each part really unpacks to, in case the directory lies; POI checks the ratio again while
 * it unpacks them.
 */
final class ResultFileGuard {

	/** Far above what a real evidence sheet needs, below what would exhaust a 1 GB heap. */
	static final long MAX_FILE_BYTES = 50L << 20;
	static final long MAX_PART_BYTES = 100L << 20;
	private static final int MAX_PARTS = 10_000;
	/** Small parts may compress well without being suspicious; POI has the same grace. */
	private static final long RATIO_GRACE_BYTES = 1L << 20;

	private ResultFileGuard() {
	}

	/**
	 * The directory's sizes may lie: counts what each part really unpacks to, without keeping it, and stops at the
	 * bound. A real sheet is small, so reading it twice costs little.
	 */
	private static void unpackedSizes(ZipFile zip, String name) throws IOException, ResultSheetException {
		byte[] buffer = new byte[1 << 16];
		long total = 0;
		for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
			ZipEntry e = en.nextElement();
			long part = 0;
			try (InputStream in = zip.getInputStream(e)) {
				for (int n; (n = in.read(buffer)) > 0;) {
					part += n;
					total += n;
					if (part > MAX_PART_BYTES || total > 4 * MAX_PART_BYTES) {
						throw bomb(name, e);
					}
				}
			}
		}
	}

	private static ResultSheetException bomb(String name, ZipEntry e) {
		return new ResultSheetException(name + ": 展開すると異常に大きくなるファイルです（zip bomb の疑い、" + e.getName()
				+ "）。読み込みを中止しました / refused as a probable zip bomb (" + e.getName() + ")");
	}

	static void check(Path file) throws ResultSheetException {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		try {
			if (!Files.isRegularFile(file)) {
				throw new ResultSheetException(name + ": ファイルがありません / file not found");
			}
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				throw new ResultSheetException(name + ": ファイルが大きすぎます（上限 " + (MAX_FILE_BYTES >> 20)
						+ " MB） / the file is larger than Kansa reads (" + (size >> 20) + " MB)");
			}
		} catch (IOException e) {
			throw new ResultSheetException(name + ": 読み込めません / cannot be read: " + e.getMessage(), e);
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			int count = 0;
			long total = 0;
			for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
				ZipEntry e = en.nextElement();
				long unpacked = e.getSize();
				long packed = e.getCompressedSize();
				total += Math.max(0, unpacked);
				boolean tooDense = packed > 0 && unpacked > RATIO_GRACE_BYTES
						&& (double) packed / unpacked < ZipSecureFile.getMinInflateRatio();
				if (++count > MAX_PARTS || unpacked > MAX_PART_BYTES || total > 4 * MAX_PART_BYTES || tooDense) {
					throw bomb(name, e);
				}
			}
			unpackedSizes(zip, name);
		} catch (IOException e) {
			throw new ResultSheetException(name + ": Excel のブック（.xlsx）ではないか、壊れています / not an .xlsx"
					+ " workbook, or damaged: " + e.getMessage(), e);
		}
	}
}
