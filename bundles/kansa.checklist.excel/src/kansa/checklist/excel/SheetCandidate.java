package kansa.checklist.excel;

/**
 * A sheet and header row the importer considered, so the user sees why one was chosen and what else to try
 * with {@code --sheet} / {@code --header-row}.
 *
 * @param sheet     the sheet's name
 * @param headerRow 0-based index of the (last) header row
 * @param fields    how many known columns the header names
 * @param dataRows  rows below it with text in two or more known columns
 */
public record SheetCandidate(String sheet, int headerRow, int fields, int dataRows) {

	/** e.g. {@code 「Controls」 5 行目 (列 4, 行 12)}. */
	public String describe() {
		return "「" + sheet + "」 " + (headerRow + 1) + " 行目 / row " + (headerRow + 1) + " (見出し " + fields
				+ " 列・データ " + dataRows + " 行 / " + fields + " known columns, " + dataRows + " data rows)";
	}
}
