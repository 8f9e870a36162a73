package kansa.core.report;

/** A report could not be written; the message is meant for the user. */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportException(String message) {
		super(message);
	}

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
