package kansa.checklist.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import kansa.checklist.excel.internal.CellNames;

/**
 * Which column holds what, as detected from the header row(s) or given by the user.
 *
 * @param headerRow  0-based index of the (last) header row; -1 when the sheet has none
 * @param headerRows 1, or 2 for a two-row header
 * @param columns    the columns by 0-based index
 */
public record ColumnMapping(int headerRow, int headerRows, Map<Integer, Column> columns) {

	/** One column: its field and the header text it was recognised by (the extra field's name). */
	public record Column(int index, ColumnField field, String header) {
		public String letter() {
			return CellNames.column(index);
		}
	}

	public ColumnMapping {
		columns = Map.copyOf(columns);
	}

	public Optional<Column> column(ColumnField field) {
		return columns.values().stream().filter(c -> c.field() == field).findFirst();
	}

	public boolean has(ColumnField field) {
		return column(field).isPresent();
	}

	/** One line per column, e.g. {@code D 「チェック内容」 → 確認項目 (question)}, for the CLI and the UI. */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		for (Column c : new TreeMap<>(columns).values()) {
			String target = c.field().isExtra() && c.field() != ColumnField.EXTRA
					? c.field().label() + " (" + c.field().key() + ") → 追加項目「" + c.header() + "」"
					: c.field() == ColumnField.EXTRA ? "追加項目「" + c.header() + "」 (extra)"
							: c.field().label() + " (" + c.field().key() + ")";
			lines.add(String.format("%-3s 「%s」 → %s", c.letter(), c.header(), target));
		}
		return lines;
	}

	/** The mapping as a {@code --mapping} value that reproduces it. */
	public String asOption() {
		List<String> parts = new ArrayList<>();
		for (Column c : new TreeMap<>(columns).values()) {
			parts.add(c.letter() + "=" + c.field().key());
		}
		return String.join(",", parts);
	}
}
