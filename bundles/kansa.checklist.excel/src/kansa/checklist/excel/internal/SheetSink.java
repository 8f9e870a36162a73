package kansa.checklist.excel.internal;

import java.util.ArrayList;
import java.util.List;

import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.ImportLimits;

/**
 * Collects cells into a {@link RawSheet} while enforcing the limits, so the readers stream and stop early: a
 * 200,000-row sheet is refused at the first row over the limit, long before it is all in memory.
 */
final class SheetSink {

	private final RawSheet sheet;
	private final ImportLimits limits;
	private final String file;
	private final List<String> cells = new ArrayList<>();
	private int rowIndex = -1;
	private int outline;
	private long totalChars;

	SheetSink(String file, String sheetName, ImportLimits limits) {
		this.file = file;
		this.sheet = new RawSheet(sheetName);
		this.limits = limits;
	}

	RawSheet sheet() {
		return sheet;
	}

	void startRow(int index, int outlineLevel) {
		rowIndex = index;
		outline = outlineLevel;
		cells.clear();
	}

	void cell(int column, String text, boolean formula, boolean cached) throws ImportException {
		if (formula) {
			String ref = CellNames.column(column) + (rowIndex + 1);
			if (sheet.formulaCells.size() < 1000) {
				sheet.formulaCells.add(ref);
				if (!cached) {
					sheet.formulasWithoutValue.add(ref);
				}
			}
		}
		if (text == null || text.isEmpty()) {
			return;
		}
		if (column >= limits.maxColumns()) {
			if (sheet.ignoredColumnsFrom < 0 || column < sheet.ignoredColumnsFrom) {
				sheet.ignoredColumnsFrom = limits.maxColumns();
			}
			return;
		}
		if (text.length() > limits.maxCellChars()) {
			throw new ImportException(where(column), "セルの文字数が上限 " + limits.maxCellChars()
					+ " 文字を超えています / the cell holds more than " + limits.maxCellChars() + " characters");
		}
		totalChars += text.length();
		if (totalChars > limits.maxTotalChars()) {
			throw new ImportException(where(column), "シートの文字数が上限 " + limits.maxTotalChars()
					+ " 文字を超えています / the sheet holds more text than Kansa reads");
		}
		while (cells.size() <= column) {
			cells.add(null);
		}
		cells.set(column, text);
	}

	void endRow() throws ImportException {
		if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
			return; // blank spacer rows carry no content and cost nothing
		}
		if (sheet.rows.size() >= limits.maxRows()) {
			throw new ImportException(where(0), "行数が上限 " + String.format("%,d", limits.maxRows())
					+ " 行を超えたため読み込みを中止しました（チェックリストとしては大きすぎます）。不要な行を削除するか、"
					+ "シートを分けてください / more than " + String.format("%,d", limits.maxRows())
					+ " rows: reading stopped; this is too large for a checklist");
		}
		sheet.rows.add(new RawSheet.Row(rowIndex, cells.toArray(new String[0]), outline));
	}

	void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
		if (sheet.merges.size() < 100_000) {
			sheet.merges.add(new RawSheet.Merge(firstRow, lastRow, firstColumn, lastColumn));
		}
	}

	private String where(int column) {
		return file + " " + CellNames.cell(sheet.name(), rowIndex, column);
	}
}
