package kansa.checklist.excel.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kansa.checklist.Problem;
import kansa.checklist.excel.ColumnField;
import kansa.checklist.excel.ColumnMapping;
import kansa.checklist.excel.ColumnMapping.Column;
import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.MappingSpec;

/**
 * Finds the header: the row (or pair of rows, for sheets whose headers are split over two lines under merged
 * group titles) among the first rows that names the most known columns, then applies the user's mapping.
 */
final class HeaderDetector {

	static final int SCAN_ROWS = 30;

	static final Pattern NUMBER = Pattern
			.compile("[(（]?[A-Za-z]{0,3}[.．]?\\d+(?:[.．\\-－‐_]\\d+)*[.．)）]?");

	private record Candidate(int lastRow, int rows, Map<Integer, Column> columns, int score) {
	}

	/** A sheet's best header, scored so that sheets compare: fields named first, then rows of data below. */
	record Scored(RawSheet sheet, int headerRow, int fields, int dataRows) implements Comparable<Scored> {
		@Override
		public int compareTo(Scored o) {
			return fields != o.fields ? Integer.compare(o.fields, fields) : Integer.compare(o.dataRows, dataRows);
		}
	}

	/** Every sheet with a recognisable header, best first; ties keep the workbook's order. */
	static List<Scored> rank(List<RawSheet> sheets) {
		List<Scored> out = new ArrayList<>();
		for (RawSheet sheet : sheets) {
			Candidate c = best(sheet);
			if (c != null) {
				out.add(new Scored(sheet, c.lastRow(), c.score(), dataRows(sheet, c)));
			}
		}
		out.sort(null); // stable: equal scores stay in sheet order
		return out;
	}

	/** Rows below the header with text in two or more of its known columns. */
	private static int dataRows(RawSheet sheet, Candidate c) {
		int n = 0;
		for (RawSheet.Row r : sheet.rows()) {
			if (r.index() > c.lastRow() && c.columns().values().stream()
					.filter(x -> !x.field().isExtra() && !r.isBlank(x.index())).count() >= 2) {
				n++;
			}
		}
		return n;
	}

	private HeaderDetector() {
	}

	static ColumnMapping detect(RawSheet sheet, Integer headerRow, MappingSpec spec, String label,
			List<Problem> problems) throws ImportException {
		Candidate c;
		if (headerRow != null && headerRow == 0) {
			c = new Candidate(-1, 0, Map.of(), 0);
		} else if (headerRow != null) {
			if (sheet.row(headerRow - 1) == null) {
				throw new ImportException(label + " " + CellNames.row(sheet.name(), headerRow - 1),
						"見出し行に指定した行が空です / the header row given is empty");
			}
			c = single(sheet, headerRow - 1);
		} else {
			c = best(sheet);
			if (c == null && spec == null) {
				throw new ImportException(label + " " + sheet.name(), "見出し行が見つかりません。先頭 " + SCAN_ROWS
						+ " 行に「確認項目」「チェック内容」「Question」などの列見出しがありません。--mapping で列を指定してください"
						+ "（例: --mapping A=number,B=question --header-row 1） / no header row found in the first "
						+ SCAN_ROWS + " rows; name the columns with --mapping");
			}
			if (c == null) {
				c = new Candidate(-1, 0, Map.of(), 0);
			}
		}
		Map<Integer, Column> cols = new LinkedHashMap<>(c.columns());
		if (spec != null) {
			apply(sheet, c, spec, cols, label);
		}
		if (cols.values().stream().noneMatch(x -> x.field() == ColumnField.NUMBER)) {
			// an ID column without a number column is the numbering (Kansa's own layout has both)
			cols.replaceAll((k, v) -> v.field() == ColumnField.ID ? new Column(k, ColumnField.NUMBER, v.header()) : v);
		}
		if (cols.values().stream().noneMatch(x -> x.field() == ColumnField.NUMBER)) {
			firstColumnNumbers(sheet, c.lastRow(), cols, problems);
		}
		if (cols.values().stream().noneMatch(x -> x.field() == ColumnField.APPLICABLE)) {
			// a justification column alone is a note, not a reason for excluding every row
			cols.replaceAll((k, v) -> v.field() == ColumnField.NOT_APPLICABLE && Vocabulary.isReason(v.header())
					? new Column(k, ColumnField.EXTRA, v.header()) : v);
		}
		if (cols.values().stream().noneMatch(x -> x.field() == ColumnField.QUESTION)) {
			cols.replaceAll((k, v) -> v.field() == ColumnField.TITLE ? new Column(k, ColumnField.QUESTION, v.header()) : v);
		}
		if (cols.values().stream().noneMatch(x -> x.field() == ColumnField.QUESTION)) {
			throw new ImportException(label + " " + sheet.name(), "確認項目（質問）の列がわかりません。--mapping で指定してください"
					+ "（例: --mapping C=question） / no question column; name it with --mapping");
		}
		unnamedColumns(sheet, c.lastRow(), cols);
		return new ColumnMapping(c.lastRow(), c.rows(), cols);
	}

	private static Candidate best(RawSheet sheet) {
		Candidate best = null;
		List<RawSheet.Row> rows = sheet.rows();
		for (int i = 0; i < Math.min(SCAN_ROWS, rows.size()); i++) {
			RawSheet.Row r = rows.get(i);
			Candidate one = single(sheet, r.index());
			if (valid(one) && (best == null || one.score() > best.score())) {
				best = one;
			}
			if (i + 1 < rows.size() && rows.get(i + 1).index() == r.index() + 1) {
				Candidate two = pair(sheet, r.index(), r.index() + 1);
				// a section title above a header (one text across the row) is not the header's upper half
				if (valid(two) && two.score() > one.score() && distinctTexts(sheet, r.index()) > 1
						&& (best == null || two.score() > best.score())) {
					best = two;
				}
			}
		}
		return best;
	}

	private static long distinctTexts(RawSheet sheet, int row) {
		Set<String> texts = new HashSet<>();
		for (int col = 0; col < sheet.width(); col++) {
			String t = sheet.shown(row, col).strip();
			if (!t.isEmpty()) {
				texts.add(t);
			}
		}
		return texts.size();
	}

	private static boolean valid(Candidate c) {
		boolean main = c.columns().values().stream().anyMatch(x -> x.field() == ColumnField.QUESTION
				|| x.field() == ColumnField.TITLE || x.field() == ColumnField.QUESTION_EN);
		return main && c.score() >= 2;
	}

	private static Candidate single(RawSheet sheet, int row) {
		Map<Integer, Column> cols = new LinkedHashMap<>();
		int width = sheet.width();
		for (int col = 0; col < width; col++) {
			String text = sheet.shown(row, col).strip();
			if (!text.isEmpty()) {
				cols.put(col, new Column(col, Vocabulary.match(text).orElse(ColumnField.EXTRA), text));
			}
		}
		return candidate(sheet, row, 1, cols);
	}

	private static Candidate pair(RawSheet sheet, int upperRow, int lowerRow) {
		Map<Integer, Column> cols = new LinkedHashMap<>();
		int width = sheet.width();
		for (int col = 0; col < width; col++) {
			String upper = sheet.shown(upperRow, col).strip();
			String lower = sheet.shown(lowerRow, col).strip();
			if (upper.isEmpty() && lower.isEmpty()) {
				continue;
			}
			boolean split = !lower.isEmpty() && !lower.equals(upper);
			ColumnField field = split ? Vocabulary.match(lower).or(() -> Vocabulary.match(upper)).orElse(ColumnField.EXTRA)
					: Vocabulary.match(upper).orElse(ColumnField.EXTRA);
			String header = !split ? upper : upper.isEmpty() ? lower : upper + " / " + lower;
			cols.put(col, new Column(col, field, header));
		}
		return candidate(sheet, lowerRow, 2, cols);
	}

	/**
	 * Checks each column's meaning against its cells, then keeps the first column per field; later ones become
	 * extras, named uniquely.
	 */
	private static Candidate candidate(RawSheet sheet, int lastRow, int rows, Map<Integer, Column> raw) {
		Map<Integer, Column> cols = new LinkedHashMap<>();
		Set<ColumnField> taken = new HashSet<>();
		Set<String> headers = new HashSet<>();
		for (Column c : raw.values()) {
			ColumnField f = ColumnContent.check(sheet, lastRow, c.index(), c.field());
			if (!f.isExtra() && !taken.add(f)) {
				f = ColumnField.EXTRA;
			}
			String header = c.header();
			if (f.isExtra() && !headers.add(header)) {
				header = header + " (" + CellNames.column(c.index()) + ")";
				headers.add(header);
			}
			cols.put(c.index(), new Column(c.index(), f, header));
		}
		return new Candidate(lastRow, rows, cols, taken.size());
	}

	private static void apply(RawSheet sheet, Candidate c, MappingSpec spec, Map<Integer, Column> cols, String label)
			throws ImportException {
		for (Map.Entry<String, ColumnField> e : spec.byKey().entrySet()) {
			String key = e.getKey();
			Integer index = null;
			for (Column col : c.columns().values()) {
				if (Vocabulary.normalize(col.header()).equals(Vocabulary.normalize(key)) && !key.isBlank()) {
					index = col.index();
					break;
				}
			}
			if (index == null && CellNames.columnIndex(key) >= 0) {
				index = CellNames.columnIndex(key);
			}
			if (index == null) {
				throw new ImportException(label + " " + sheet.name(), "--mapping: 列「" + key
						+ "」が見つかりません（列記号 A, B… か見出しの文字で指定） / no such column");
			}
			final int at = index;
			if (!e.getValue().isExtra() && e.getValue() != ColumnField.IGNORE) {
				cols.replaceAll((k, v) -> v.field() == e.getValue() && k != at
						? new Column(k, ColumnField.EXTRA, v.header()) : v);
			}
			Column old = cols.get(at);
			String header = old != null ? old.header() : "列" + CellNames.column(at);
			cols.put(at, new Column(at, e.getValue(), header));
		}
	}

	/** A first column of numbers without a header is the numbering (「1」「1-2」「A.3.1」). */
	private static void firstColumnNumbers(RawSheet sheet, int headerRow, Map<Integer, Column> cols,
			List<Problem> problems) {
		int first = sheet.rows().stream().filter(r -> r.index() > headerRow).mapToInt(r -> {
			for (int k = 0; k < r.width(); k++) {
				if (!r.isBlank(k)) {
					return k;
				}
			}
			return Integer.MAX_VALUE;
		}).min().orElse(Integer.MAX_VALUE);
		Column existing = cols.get(first);
		if (first == Integer.MAX_VALUE || (existing != null && existing.field() != ColumnField.EXTRA)) {
			return;
		}
		long filled = 0;
		long numbers = 0;
		for (RawSheet.Row r : sheet.rows()) {
			if (r.index() > headerRow && !r.isBlank(first)) {
				filled++;
				String t = Normalizer.normalize(r.cell(first).strip(), Normalizer.Form.NFKC);
				if (NUMBER.matcher(t).matches()) {
					numbers++;
				}
			}
		}
		if (numbers >= 2 && numbers * 10 >= filled * 6) {
			String header = existing != null ? existing.header() : "列" + CellNames.column(first);
			cols.put(first, new Column(first, ColumnField.NUMBER, header));
			problems.add(Problem.info(sheet.name() + "!" + CellNames.column(first), "見出しのない " + CellNames.column(first)
					+ " 列を番号として読み込みました / the unnamed first column holds the numbering"));
		}
	}

	/** Columns with data but no header text are kept as extras named by their letter. */
	private static void unnamedColumns(RawSheet sheet, int headerRow, Map<Integer, Column> cols) {
		for (RawSheet.Row r : sheet.rows()) {
			if (r.index() <= headerRow) {
				continue;
			}
			for (int k = 0; k < r.width(); k++) {
				if (!r.isBlank(k) && !cols.containsKey(k) && sheet.mergeAt(r.index(), k) == null) {
					cols.put(k, new Column(k, ColumnField.EXTRA, "列" + CellNames.column(k)));
				}
			}
		}
	}
}
