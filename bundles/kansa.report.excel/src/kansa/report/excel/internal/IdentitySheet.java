package kansa.report.excel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.report.excel.internal.ResultRows.Layout;
import kansa.report.excel.internal.ResultRows.Written;

/**
 * A very hidden sheet that says which audit and checklist version the workbook belongs to and where each result
 * row is, so that a sheet filled in on site can be read back and refused when it belongs to another audit. Key
 * rows rather than fixed cells: later schemas may add keys. Excel keeps very hidden sheets; LibreOffice keeps
 * them as hidden.
 */
final class IdentitySheet {

	static final String NAME = "kansa";
	static final String FORMAT = "kansa.results";
	static final int SCHEMA = 1;

	private static final String K_FORMAT = "format";
	private static final String K_AUDIT = "auditId";
	private static final String K_CHECKLIST = "checklistId";
	private static final String K_VERSION = "checklistVersion";
	private static final String K_SHEET = "sheet";
	private static final String K_COLUMNS = "columns";
	private static final String K_HEADERS = "headers";
	private static final String K_ROWS = "rows";

	/** What the identity sheet holds, as read back. */
	record Identity(int schema, String auditId, String checklistId, String checklistVersion, Layout layout,
			List<Written> rows) {
	}

	private IdentitySheet() {
	}

	static void write(Workbook workbook, Audit audit, ResultRows results) {
		Sheet sheet = workbook.createSheet(NAME);
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
		int r = 0;
		line(sheet, r++, K_FORMAT, FORMAT, Integer.toString(SCHEMA));
		line(sheet, r++, K_AUDIT, audit.id());
		line(sheet, r++, K_CHECKLIST, audit.checklist().id());
		line(sheet, r++, K_VERSION, audit.checklist().version());
		Layout l = results.layout();
		line(sheet, r++, K_SHEET, l.sheetName());
		line(sheet, r++, K_COLUMNS, Integer.toString(l.number()), Integer.toString(l.site()),
				Integer.toString(l.verdict()), Integer.toString(l.notes()));
		line(sheet, r++, K_HEADERS, l.numberHeader(), l.siteHeader(), l.verdictHeader(), l.notesHeader());
		line(sheet, r++, K_ROWS, Integer.toString(results.rows().size()));
		for (Written w : results.rows()) {
			line(sheet, r++, Integer.toString(w.row()), w.itemId(), w.site(), w.number(), w.verdict().name(),
					w.notesDigest());
		}
	}

	private static void line(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]); // a string cell whatever the text: never a formula
		}
	}

	/**
	 * Reads the identity sheet.
	 *
	 * @return null when the workbook has none (not written by Kansa, or before identities were written)
	 * @throws IllegalArgumentException naming the key that is missing or damaged
	 */
	static Identity read(Workbook workbook, CellValues cells) {
		Sheet sheet = workbook.getSheet(NAME);
		if (sheet == null) {
			return null;
		}
		Map<String, List<String>> keys = new HashMap<>();
		int r = 0;
		for (; r <= sheet.getLastRowNum(); r++) {
			List<String> values = values(sheet.getRow(r), cells);
			if (!values.isEmpty()) {
				keys.put(values.get(0), values.subList(1, values.size()));
				if (values.get(0).equals(K_ROWS)) {
					break;
				}
			}
		}
		List<String> format = value(keys, K_FORMAT, 2);
		if (!format.get(0).equals(FORMAT)) {
			return null;
		}
		int schema = number(format.get(1), K_FORMAT);
		List<String> columns = value(keys, K_COLUMNS, 4);
		List<String> headers = value(keys, K_HEADERS, 4);
		Layout layout = new Layout(value(keys, K_SHEET, 1).get(0), number(columns.get(0), K_COLUMNS),
				number(columns.get(1), K_COLUMNS), number(columns.get(2), K_COLUMNS),
				number(columns.get(3), K_COLUMNS), headers.get(0), headers.get(1), headers.get(2), headers.get(3));
		int count = number(value(keys, K_ROWS, 1).get(0), K_ROWS);
		List<Written> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<String> v = values(sheet.getRow(++r), cells);
			if (v.size() < 6) {
				throw new IllegalArgumentException(NAME + "!A" + (r + 1) + ": result row incomplete");
			}
			rows.add(new Written(number(v.get(0), NAME + "!A" + (r + 1)), v.get(1), v.get(2), v.get(3),
					Verdict.valueOf(v.get(4)), v.get(5)));
		}
		return new Identity(schema, value(keys, K_AUDIT, 1).get(0), value(keys, K_CHECKLIST, 1).get(0),
				value(keys, K_VERSION, 1).get(0), layout, rows);
	}

	/** The row's cells as text up to the last cell; empty for a missing row. */
	private static List<String> values(Row row, CellValues cells) {
		List<String> values = new ArrayList<>();
		if (row == null) {
			return values;
		}
		for (int c = 0; c < row.getLastCellNum(); c++) {
			values.add(cells.text(row.getCell(c)));
		}
		return values;
	}

	private static List<String> value(Map<String, List<String>> keys, String key, int count) {
		List<String> v = keys.get(key);
		if (v == null || v.size() < count) {
			throw new IllegalArgumentException(NAME + ": " + key + " missing");
		}
		return v;
	}

	private static int number(String text, String what) {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(what + ": '" + text + "' is not a number");
		}
	}
}
