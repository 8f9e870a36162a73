package kansa.checklist.excel;

import java.util.List;

/**
 * What became of every non-empty row below the header, so a dry run can show that nothing was lost silently.
 *
 * @param items           rows that became items
 * @param continued       rows that added questions to the item above (a vertically merged number)
 * @param sections        rows that became section headings
 * @param repeatedHeaders header rows printed again (per page or per section)
 * @param skipped         rows not imported, each with why
 */
public record RowAccount(int items, int continued, int sections, int repeatedHeaders, List<Skipped> skipped) {

	/** A row not imported: 1-based row number as Excel shows it, and the reason (Japanese / English). */
	public record Skipped(int row, String reason) {
	}

	public RowAccount {
		skipped = List.copyOf(skipped);
	}

	public static final RowAccount NONE = new RowAccount(0, 0, 0, 0, List.of());

	public int total() {
		return items + continued + sections + repeatedHeaders + skipped.size();
	}
}
