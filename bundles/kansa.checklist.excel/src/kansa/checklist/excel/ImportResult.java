package kansa.checklist.excel;

import java.util.List;

import kansa.checklist.Problem;
import kansa.core.checklist.Checklist;

/**
 * A checklist read from a sheet, the column mapping used, and what the user should look at (formula cells read
 * as their cached values, duplicate numbers, columns kept as extra fields, …).
 *
 * @param alternatives other sheets with a recognisable header, best first (empty when the sheet was named)
 * @param rows         what became of each row below the header
 */
public record ImportResult(Checklist checklist, String sheet, ColumnMapping mapping, List<Problem> problems,
		List<SheetCandidate> alternatives, RowAccount rows) {

	public ImportResult {
		problems = List.copyOf(problems);
		alternatives = List.copyOf(alternatives);
		rows = rows == null ? RowAccount.NONE : rows;
	}

	public ImportResult(Checklist checklist, String sheet, ColumnMapping mapping, List<Problem> problems) {
		this(checklist, sheet, mapping, problems, List.of(), RowAccount.NONE);
	}
}
