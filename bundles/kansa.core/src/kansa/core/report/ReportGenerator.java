package kansa.core.report;

import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;

import kansa.core.text.LocalizedText;

/**
 * Writes an audit as a document (an Excel evidence sheet, a PDF report, ...). Each format is an OSGi service
 * contributed by its own bundle with its format as the service property {@value #FORMAT}; consumers select one
 * with that property (a filter or a reference {@code target}), so no generator is activated only to ask its name.
 */
public interface ReportGenerator {

	/**
	 * Service property naming the format, the same value as {@link #formatId()}, e.g. {@code (kansa.report.format=pdf)}.
	 *
	 * @since 0.1.2
	 */
	String FORMAT = "kansa.report.format";

	/** Short key used on the command line, e.g. {@code xlsx} or {@code pdf}; also the service property {@value #FORMAT}. */
	String formatId();

	LocalizedText label();

	/** File name extension without the dot. */
	String fileExtension();

	/**
	 * Writes the report. The stream is not closed. Reports progress and honours cancellation through the monitor.
	 *
	 * @throws ReportException with a message for the user when the report cannot be written
	 */
	void generate(ReportRequest request, OutputStream out, IProgressMonitor monitor) throws ReportException;

	/**
	 * Writes the report as {@link #generate} does and returns what the user should know about the written report
	 * (see {@link ReportResult}). Callers that show results to a user call this; a generator that can warn
	 * overrides it, one that cannot keeps this default.
	 *
	 * @throws ReportException as {@link #generate}
	 * @since 0.1.3
	 */
	default ReportResult write(ReportRequest request, OutputStream out, IProgressMonitor monitor)
			throws ReportException {
		generate(request, out, monitor);
		return ReportResult.NONE;
	}
}
