package kansa.core.report;

import java.util.List;

import kansa.core.text.Message;

/**
 * What a written report leaves the user to know: warnings about a report that was written nonetheless, e.g. a
 * character no embedded font can show, with where it is. The edge that wrote the report shows them (one line each
 * on the command line, the result of the workbench's report job); they never make the report fail.
 *
 * @param warnings in the order found, each naming what and where
 * @since 0.1.3
 */
public record ReportResult(List<Message> warnings) {

	/** A report written without anything to say. */
	public static final ReportResult NONE = new ReportResult(List.of());

	public ReportResult {
		warnings = List.copyOf(warnings);
	}
}
