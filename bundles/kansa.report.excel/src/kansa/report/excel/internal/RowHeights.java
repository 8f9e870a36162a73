package kansa.report.excel.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Sets the height of rows with wrapped text. Neither reader can be relied on to fit rows on opening (LibreOffice
 * leaves them one line high, text overlapping), and SXSSF cannot measure text, so the number of lines is
 * estimated from the text's display width: full-width characters count two column units, others one.
 */
final class RowHeights {

	/** Points per line of the 10 pt body font, with the leading both Excel and LibreOffice need. */
	static final float LINE = 13.5f;
	private static final float PADDING = 3f;
	/** Characters about half as wide as a digit in proportional fonts. */
	private static final String NARROW = " .,:;'!|()[]{}ilIjtf1-/";

	private RowHeights() {
	}

	/** Call after the row's cells are written (while SXSSF still holds the row). */
	static void fit(Row row) {
		fit(row, 0f);
	}

	/** As {@link #fit(Row)}, but never lower than minPoints. */
	static void fit(Row row, float minPoints) {
		Sheet sheet = row.getSheet();
		int lines = 1;
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.STRING) {
				continue;
			}
			// a linked cell wraps in Excel, not in LibreOffice: its lines are counted for Excel, and the evidence
			// sheet makes its file column wide enough for one line
			int width = cell.getCellStyle().getWrapText() ? sheet.getColumnWidth(cell.getColumnIndex()) / 256
					: Integer.MAX_VALUE;
			lines = Math.max(lines, lines(cell.getStringCellValue(), width));
		}
		float height = lines > 1 ? lines * LINE + PADDING : 0f;
		if (Math.max(height, minPoints) > 0f) {
			row.setHeightInPoints(Math.min(409f, Math.max(height, minPoints))); // 409 pt is Excel's maximum
		}
	}

	/** Lines the text takes in a column of the given width (in character units). */
	static int lines(String text, int columnWidth) {
		long usable = 2L * Math.max(1, columnWidth - 1); // in half units, less the cell margins
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			long w = halfUnits(paragraph);
			lines += (int) Math.max(1, (w + usable - 1) / usable);
		}
		return lines;
	}

	/**
	 * Column width (in characters) that shows text of the given display width on one line, with the cell margins
	 * and some room for a substituted font that runs wider.
	 */
	static long columnWidthFor(long halfUnits) {
		return (halfUnits * 11 + 19) / 20 + 2;
	}

	/** Display width in half column units: full-width 4, narrow punctuation 1, other characters 2. */
	static long halfUnits(String s) {
		long w = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLowSurrogate(c)) {
				continue;
			}
			if (c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFF9F)) {
				w += 4;
			} else if (NARROW.indexOf(c) >= 0) {
				w += 1;
			} else {
				w += 2;
			}
		}
		return w;
	}
}
