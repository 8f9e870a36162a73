package kansa.core.report;

/** A results sheet cannot be read back; the message (Japanese / English) names the file, row and cell. */
public class ResultSheetException extends Exception {

	private static final long serialVersionUID = 1L;

	public ResultSheetException(String message) {
		super(message);
	}

	public ResultSheetException(String message, Throwable cause) {
		super(message, cause);
	}
}
