package kansa.checklist.excel.internal;

import java.io.IOException;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;

import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.ImportLimits;

/**
 * Counts the sheets, rows and cells an .xls declares by walking its workbook stream's record headers, before POI
 * builds its in-memory model of the whole file. Only the bytes really present are walked (a stream whose directory
 * promises more than the file holds fails here), nothing is kept, and every count is of records actually read, so
 * a small file that stands for millions of cells is refused in one line instead of exhausting memory. POI 5.5
 * already refuses records over 8,224 bytes and strings beyond their record, so sizes need no check here.
 */
final class XlsCensus {

	/** More sheets than a checklist workbook has, far below what would strain memory. */
	static final int MAX_SHEETS = 1_000;

	private static final int BOUNDSHEET = 0x0085;
	private static final int ROW = 0x0208;
	private static final int MULRK = 0x00BD;
	private static final int MULBLANK = 0x00BE;
	/** FORMULA, BLANK, NUMBER, LABEL, BOOLERR, RK, LABELSST, RSTRING: one cell each. */
	private static final int[] ONE_CELL = { 0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6 };

	private XlsCensus() {
	}

	/** Most cells a workbook may declare in all: as many as one sheet at the import's row and column limits. */
	static long maxCells(ImportLimits limits) {
		return (long) limits.maxRows() * limits.maxColumns();
	}

	/** Most row records in all: ten sheets at the import's row limit. */
	static long maxRows(ImportLimits limits) {
		return 10L * limits.maxRows();
	}

	static void check(DirectoryNode root, String label, ImportLimits limits) throws ImportException, IOException {
		String stream = null;
		for (String name : root.getEntryNames()) {
			if (name.equalsIgnoreCase("Workbook")) {
				stream = name;
			}
		}
		if (stream == null) {
			return; // no BIFF8 workbook: POI names what the file is (an old Excel 5 "Book", a Word file, ...)
		}
		long sheets = 0;
		long rows = 0;
		long cells = 0;
		try (DocumentInputStream in = root.createDocumentInputStream(stream)) {
			while (in.available() >= 4) {
				int sid = in.readUShort();
				int length = in.readUShort();
				if (sid == BOUNDSHEET) {
					sheets++;
				} else if (sid == ROW) {
					rows++;
				} else if (sid == MULBLANK) {
					cells += Math.max(0, length - 6) / 2;
				} else if (sid == MULRK) {
					cells += Math.max(0, length - 6) / 6;
				} else if (oneCell(sid)) {
					cells++;
				}
				if (sheets > MAX_SHEETS) {
					throw tooMany(label, "シート", "sheets", MAX_SHEETS);
				}
				if (rows > maxRows(limits)) {
					throw tooMany(label, "行", "rows", maxRows(limits));
				}
				if (cells > maxCells(limits)) {
					throw tooMany(label, "セル", "cells", maxCells(limits));
				}
				skip(in, Math.min(length, in.available()));
			}
		}
	}

	private static boolean oneCell(int sid) {
		for (int s : ONE_CELL) {
			if (s == sid) {
				return true;
			}
		}
		return false;
	}

	private static void skip(DocumentInputStream in, int n) throws IOException {
		for (int left = n; left > 0;) {
			long skipped = in.skip(left);
			if (skipped <= 0) {
				throw new IOException("the workbook stream ends inside a record");
			}
			left -= (int) skipped;
		}
	}

	private static ImportException tooMany(String label, String ja, String en, long max) {
		return new ImportException(label, ja + "が多すぎるため読み込みを中止しました（上限 " + max + "）。メモリを使い果たすおそれがあります / refused: the workbook holds more " + en
				+ " than Kansa imports (over " + max + ")");
	}
}
