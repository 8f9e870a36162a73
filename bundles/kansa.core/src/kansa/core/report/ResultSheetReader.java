package kansa.core.report;

import java.nio.file.Path;

/**
 * Reads back a results sheet that a {@link ReportGenerator} of the same format wrote and a person then filled in
 * (e.g. the Excel evidence sheet's verdict drop-downs and notes, completed on site). Each format is an OSGi
 * service registered with its format as the service property {@value #FORMAT}; consumers select one with that
 * property and never see the implementation. Only reads the file.
 */
public interface ResultSheetReader {

	/**
	 * Service property naming the format it reads, the same value as {@link #formatId()}.
	 *
	 * @since 0.1.2
	 */
	String FORMAT = ReportGenerator.FORMAT;

	/** The format it reads, the same key as the writing generator's {@link ReportGenerator#formatId()}. */
	String formatId();

	/**
	 * Reads the sheet's identity and every result row.
	 *
	 * @throws ResultSheetException with one line for the user naming the file and, where it applies, the row and
	 *                              cell: not a sheet Kansa wrote, too large, damaged, or a value it cannot read
	 */
	ResultSheet read(Path file) throws ResultSheetException;
}
