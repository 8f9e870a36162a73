package kansa.checklist.excel.internal;

/** A1-style names for messages: column letters and {@code Sheet1!C12}. */
public final class CellNames {

	private CellNames() {
	}

	/** 0-based column index to letters: 0 → A, 26 → AA. */
	public static String column(int index) {
		StringBuilder b = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			b.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return b.toString();
	}

	/** Letters to a 0-based index, or -1 when the text is not a column name. */
	public static int columnIndex(String letters) {
		String s = letters.strip().toUpperCase(java.util.Locale.ROOT);
		if (!s.matches("[A-Z]{1,3}")) {
			return -1;
		}
		int n = 0;
		for (char c : s.toCharArray()) {
			n = n * 26 + (c - 'A' + 1);
		}
		return n - 1;
	}

	/** {@code Sheet1!C12} from a 0-based row and column. */
	public static String cell(String sheet, int row, int column) {
		return quote(sheet) + "!" + column(column) + (row + 1);
	}

	/** {@code Sheet1!12} for a whole row. */
	public static String row(String sheet, int row) {
		return quote(sheet) + "!" + (row + 1) + "行目";
	}

	private static String quote(String sheet) {
		return sheet.matches("[\\p{L}\\p{N}_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
	}

	/** Parses the cell part of an A1 reference ({@code C12}) to {row, column}, 0-based. */
	public static int[] parse(String ref) {
		int i = 0;
		while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
			i++;
		}
		return new int[] { Integer.parseInt(ref.substring(i)) - 1, columnIndex(ref.substring(0, i)) };
	}
}
