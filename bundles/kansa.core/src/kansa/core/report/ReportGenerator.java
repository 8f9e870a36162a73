package kansa.core.report;

import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;

import kansa.core.text.LocalizedText;

/**
 * Writes an audit as a document (an Excel evidence sheet, a PDF report, ...). Each format is an OSGi service
 * contributed by its own bundle; consumers pick one by {@link #formatId()} and never see the implementation.
 */
public interface ReportGenerator {

	/** Short key used on the command line, e.g. {@code xlsx} or {@code pdf}. */
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
}
