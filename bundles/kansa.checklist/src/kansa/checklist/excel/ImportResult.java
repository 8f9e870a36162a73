package kansa.checklist.excel;

import java.util.List;

import kansa.checklist.Problem;
import kansa.core.checklist.Checklist;

/**
 * A checklist read from a sheet, the column mapping used, and what the user should look at (formula cells read
 * as their cached values, duplicate numbers, columns kept as extra fields, …).
 */
public record ImportResult(Checklist checklist, String sheet, ColumnMapping mapping, List<Problem> problems) {

	public ImportResult {
		problems = List.copyOf(problems);
	}
}
