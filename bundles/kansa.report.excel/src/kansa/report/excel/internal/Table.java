package kansa.report.excel.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import kansa.report.excel.internal.Styles.Style;

/**
 * A sheet laid out as one table: a header row in row 1, frozen and repeated on every printed page, data below,
 * an autofilter over both. Merged cells are avoided: they break sorting and filtering in Excel.
 */
final class Table {

	/** Header row index (0-based); data starts in the row after it. */
	static final int HEADER_ROW = 0;
	static final int FIRST_DATA_ROW = HEADER_ROW + 1;

	/** A column: its header and its width in characters. */
	record Column(String title, int width) {
	}

	private Table() {
	}

	static void header(Sheet sheet, List<Column> columns, Cells cells) {
		Row row = sheet.createRow(HEADER_ROW);
		row.setHeightInPoints(30);
		for (int i = 0; i < columns.size(); i++) {
			Column c = columns.get(i);
			sheet.setColumnWidth(i, Math.min(255, c.width()) * 256);
			cells.text(row, i, c.title(), Style.HEADER);
		}
		sheet.createFreezePane(0, FIRST_DATA_ROW);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
	}

	/** Autofilter over the header and every data row. */
	static void finish(Sheet sheet, int columnCount, int lastRow) {
		sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(lastRow, FIRST_DATA_ROW), 0, columnCount - 1));
	}

	static int indexOf(List<Column> columns, String title) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).title().equals(title)) {
				return i;
			}
		}
		throw new IllegalArgumentException(title);
	}
}
