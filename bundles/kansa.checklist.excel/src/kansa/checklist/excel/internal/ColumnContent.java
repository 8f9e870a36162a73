package kansa.checklist.excel.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import kansa.checklist.excel.ColumnField;

/**
 * A header's word checked against the cells under it: 「Control」 or 「Reference」 are clause numbers in one
 * workbook and control names or test ids in another, and only the cells tell which.
 */
final class ColumnContent {

	/** Cells looked at per column: enough to judge, few enough to stay cheap on every candidate row. */
	private static final int SAMPLE = 60;

	private static final Pattern CLAUSE = Pattern.compile(
			"(?:[A-Za-z][A-Za-z ]*[\\d:]*\\s)?[A-Za-z]{0,2}[.．]?\\d+(?:[.．\\-]\\d+)*[A-Za-z]?(?:[\\s、,;，].*)?|第\\d+条.*|J\\.\\d+.*",
			Pattern.DOTALL);
	private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._\\-]{0,30}");

	private ColumnContent() {
	}

	static ColumnField check(RawSheet sheet, int headerRow, int column, ColumnField field) {
		if (field != ColumnField.REQUIREMENT && field != ColumnField.TITLE) {
			return field;
		}
		List<String> cells = cells(sheet, headerRow, column);
		if (cells.isEmpty()) {
			return field;
		}
		if (field == ColumnField.TITLE) {
			return share(cells, c -> HeaderDetector.NUMBER.matcher(c).matches()) >= 0.6 ? ColumnField.NUMBER : field;
		}
		if (share(cells, c -> CLAUSE.matcher(c).matches()) >= 0.6) {
			return field;
		}
		if (share(cells, c -> IDENTIFIER.matcher(c).matches() && c.chars().anyMatch(Character::isDigit)) >= 0.6) {
			return ColumnField.NUMBER; // TG-INFO-01, GV-01: ids, not clauses
		}
		// prose: sentences are what is checked, short phrases name the item
		return share(cells, ColumnContent::sentence) >= 0.5 ? ColumnField.QUESTION : ColumnField.TITLE;
	}

	private static boolean sentence(String c) {
		return c.codePointCount(0, c.length()) > 60 || c.endsWith(".") || c.endsWith("?") || c.endsWith("。")
				|| c.endsWith("か") || c.endsWith("？");
	}

	/** Non-blank cells under the header, leaving out wide merged section rows. */
	private static List<String> cells(RawSheet sheet, int headerRow, int column) {
		List<String> out = new ArrayList<>();
		for (RawSheet.Row r : sheet.rows()) {
			if (out.size() >= SAMPLE) {
				break;
			}
			RawSheet.Merge m = sheet.mergeAt(r.index(), column);
			if (r.index() > headerRow && !r.isBlank(column) && (m == null || !m.isWide())) {
				out.add(Normalizer.normalize(r.cell(column).strip(), Normalizer.Form.NFKC));
			}
		}
		return out;
	}

	private static double share(List<String> cells, java.util.function.Predicate<String> p) {
		return cells.stream().filter(p).count() / (double) cells.size();
	}
}
