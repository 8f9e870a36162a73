package kansa.checklist.excel.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one sheet as text, bounded by {@link kansa.checklist.excel.ImportLimits}: only non-empty rows are
 * kept; formulas are already replaced by their cached values.
 */
public final class RawSheet {

	/** A non-empty row: 0-based index, cell texts by 0-based column (null for empty), Excel outline level. */
	public record Row(int index, String[] cells, int outlineLevel) {
		public String cell(int column) {
			return column >= 0 && column < cells.length && cells[column] != null ? cells[column] : "";
		}

		public boolean isBlank(int column) {
			return cell(column).isBlank();
		}

		public int width() {
			return cells.length;
		}
	}

	/** A merged range, 0-based and inclusive. */
	public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
		public boolean covers(int row, int column) {
			return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
		}

		public boolean isWide() {
			return lastColumn > firstColumn;
		}
	}

	private final String name;
	final List<Row> rows = new ArrayList<>();
	final List<Merge> merges = new ArrayList<>();
	/** Cells that held a formula, as {@code C12}, with whether a cached value was present. */
	final List<String> formulaCells = new ArrayList<>();
	final List<String> formulasWithoutValue = new ArrayList<>();
	int ignoredColumnsFrom = -1;

	public RawSheet(String name) {
		this.name = name;
	}

	public String name() {
		return name;
	}

	public List<Row> rows() {
		return rows;
	}

	public List<Merge> merges() {
		return merges;
	}

	public List<String> formulaCells() {
		return formulaCells;
	}

	public List<String> formulasWithoutValue() {
		return formulasWithoutValue;
	}

	/** First column index that was cut off by the column limit, or -1. */
	public int ignoredColumnsFrom() {
		return ignoredColumnsFrom;
	}

	private java.util.Map<Integer, Row> rowIndex;
	private java.util.Map<Integer, List<Merge>> mergeIndex;

	/** The merged range that covers a cell, if any. */
	public Merge mergeAt(int row, int column) {
		if (mergeIndex == null) {
			mergeIndex = new java.util.HashMap<>();
			for (Merge m : merges) {
				// a merge spanning thousands of rows is not a checklist layout: index its first rows only
				for (int r = m.firstRow(); r <= Math.min(m.lastRow(), m.firstRow() + 1000); r++) {
					mergeIndex.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
				}
			}
		}
		for (Merge m : mergeIndex.getOrDefault(row, List.of())) {
			if (m.covers(row, column)) {
				return m;
			}
		}
		return null;
	}

	public Row row(int index) {
		if (rowIndex == null) {
			rowIndex = new java.util.HashMap<>();
			rows.forEach(r -> rowIndex.put(r.index(), r));
		}
		return rowIndex.get(index);
	}

	public int width() {
		return rows.stream().mapToInt(Row::width).max().orElse(0);
	}

	/** The text shown in a cell, following merges to their top-left cell. */
	public String shown(int row, int column) {
		Merge m = mergeAt(row, column);
		Row r = m == null ? row(row) : row(m.firstRow());
		return r == null ? "" : r.cell(m == null ? column : m.firstColumn());
	}
}
