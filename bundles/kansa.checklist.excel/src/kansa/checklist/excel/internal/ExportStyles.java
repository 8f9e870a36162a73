package kansa.checklist.excel.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import kansa.office.UserTextCells;

/** The few cell styles of the exported checklist; created once per workbook (Excel caps the number of styles). */
public final class ExportStyles {

	private static final String FONT = "Meiryo UI";

	public final CellStyle title;
	public final CellStyle header;
	public final CellStyle section;
	public final CellStyle subsection;
	public final CellStyle body;
	public final CellStyle aside;
	private final UserTextCells cells;

	public ExportStyles(Workbook wb) {
		Font base = wb.getFontAt(0);
		base.setFontName(FONT);
		base.setFontHeightInPoints((short) 10);
		Font bold = wb.createFont();
		bold.setFontName(FONT);
		bold.setFontHeightInPoints((short) 10);
		bold.setBold(true);
		Font big = wb.createFont();
		big.setFontName(FONT);
		big.setFontHeightInPoints((short) 14);
		big.setBold(true);
		Font grey = wb.createFont();
		grey.setFontName(FONT);
		grey.setFontHeightInPoints((short) 9);
		grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
		title = wb.createCellStyle();
		title.setFont(big);
		header = boxed(wb, bold, IndexedColors.GREY_25_PERCENT);
		section = boxed(wb, bold, IndexedColors.PALE_BLUE);
		subsection = boxed(wb, bold, IndexedColors.LIGHT_TURQUOISE);
		body = boxed(wb, base, null);
		aside = boxed(wb, grey, null);
		cells = new UserTextCells(wb);
	}

	private static CellStyle boxed(Workbook wb, Font font, IndexedColors fill) {
		CellStyle s = wb.createCellStyle();
		s.setFont(font);
		s.setWrapText(true);
		s.setVerticalAlignment(VerticalAlignment.TOP);
		s.setBorderTop(BorderStyle.THIN);
		s.setBorderBottom(BorderStyle.THIN);
		s.setBorderLeft(BorderStyle.THIN);
		s.setBorderRight(BorderStyle.THIN);
		if (fill != null) {
			s.setFillForegroundColor(fill.getIndex());
			s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return s;
	}

	/**
	 * Text is always written as a string cell through the shared {@link UserTextCells}: a leading "=" stays text
	 * and is quote-prefixed, so editing the cell or saving as CSV cannot make a formula of it.
	 */
	public void text(Row row, int column, String value, CellStyle style) {
		cells.write(row, column, value, style);
	}
}
