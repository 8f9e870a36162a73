package kansa.office;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one way Kansa writes user text (client names, questions, notes, statements) into a cell, for every workbook
 * it writes: always a string cell, never a formula; the text {@link CellText#clean cleaned}; and a quote-prefixed
 * copy of the style when the text could be taken for a formula once the cell is edited or saved as CSV. One
 * instance per workbook: the quote-prefixed styles are made once each, as Excel caps the number of styles.
 */
public final class UserTextCells {

	private final Workbook workbook;
	private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

	public UserTextCells(Workbook workbook) {
		this.workbook = workbook;
	}

	/** Writes {@code value} as the text of a new cell in {@code row}; an empty or null value leaves it blank. */
	public Cell write(Row row, int column, String value, CellStyle style) {
		String clean = CellText.clean(value);
		boolean risky = CellText.needsQuotePrefix(value) || CellText.needsQuotePrefix(clean);
		Cell cell = row.createCell(column);
		if (!clean.isEmpty()) {
			cell.setCellValue(clean);
		}
		cell.setCellStyle(risky ? quoted(style) : style);
		return cell;
	}

	/** The style with the quote prefix set, made once per style. */
	public CellStyle quoted(CellStyle style) {
		if (style.getQuotePrefixed()) {
			return style;
		}
		return quoted.computeIfAbsent(style, s -> {
			CellStyle q = workbook.createCellStyle();
			q.cloneStyleFrom(s);
			q.setQuotePrefixed(true);
			return q;
		});
	}
}
