package kansa.core.report;

import kansa.core.text.Message;

/**
 * A results sheet cannot be read back; the message (Japanese / English) names the file, row and cell. A kind of
 * {@link ReportException}: whoever handles report failures handles these too.
 */
public class ResultSheetException extends ReportException {

	private static final long serialVersionUID = 1L;

	public ResultSheetException(String message) {
		super(message);
	}

	public ResultSheetException(String message, Throwable cause) {
		super(message, cause);
	}

	/** @since 0.1.1 */
	public ResultSheetException(Message message) {
		super(message);
	}
}
