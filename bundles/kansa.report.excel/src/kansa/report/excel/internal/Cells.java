package kansa.report.excel.internal;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import kansa.report.excel.internal.Styles.Style;

import kansa.office.UserTextCells;

/** Writes cells. All user text goes through {@link UserTextCells}, so no caller can write a formula by accident. */
final class Cells {

	private final Styles styles;
	private final UserTextCells userText;

	Cells(Styles styles, UserTextCells userText) {
		this.styles = styles;
		this.userText = userText;
	}

	Styles styles() {
		return styles;
	}

	/** User text: always a string cell, quote-prefixed when it could be read as a formula. */
	Cell text(Row row, int column, String value, Style style) {
		return userText.write(row, column, value, styles.get(style));
	}

	/** Kansa's own labels (verdicts, statuses, grades) with a style of their own; never user text. */
	Cell label(Row row, int column, String label, CellStyle style) {
		return put(row, column, label, style);
	}

	private static Cell put(Row row, int column, String clean, CellStyle style) {
		Cell cell = row.createCell(column);
		if (!clean.isEmpty()) {
			cell.setCellValue(clean);
		}
		cell.setCellStyle(style);
		return cell;
	}

	Cell integer(Row row, int column, long value, Style style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(styles.get(style));
		return cell;
	}

	/** A date cell (a real date, so that it sorts and filters); empty when the date is not known. */
	Cell date(Row row, int column, LocalDate value, Style style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(styles.get(style));
		return cell;
	}

	Cell blank(Row row, int column, Style style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(styles.get(style));
		return cell;
	}
}
