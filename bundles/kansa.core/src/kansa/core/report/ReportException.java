package kansa.core.report;

import kansa.core.text.LocalizedFailure;
import kansa.core.text.Message;

/**
 * A report could not be written; the message is meant for the user, in both languages on one line from
 * {@link #getMessage()}, in the user's language from {@link #message()}.
 */
public class ReportException extends Exception implements LocalizedFailure {

	private static final long serialVersionUID = 1L;

	private final transient Message message;

	public ReportException(String message) {
		this(message, (Throwable) null);
	}

	public ReportException(String message, Throwable cause) {
		this(Message.text(message), cause);
	}

	/** @since 0.1.1 */
	public ReportException(Message message) {
		this(message, null);
	}

	/** @since 0.1.1 */
	public ReportException(Message message, Throwable cause) {
		super(message.inBoth(), cause);
		this.message = message;
	}

	/** @since 0.1.1 */
	@Override
	public Message message() {
		return message;
	}
}
