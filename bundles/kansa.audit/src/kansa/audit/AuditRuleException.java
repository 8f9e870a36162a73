package kansa.audit;

import java.util.Locale;

import kansa.core.text.Language;
import kansa.core.text.LocalizedFailure;
import kansa.core.text.Message;

/**
 * An operation would break an audit rule (e.g. reporting with items still unjudged); the message says which.
 * {@link #getMessage()} gives both languages on one line, as the command line prints its messages; a window shows
 * {@link #message()} in the user's language. The keys are in this package's {@code messages*.properties}.
 */
public class AuditRuleException extends Exception implements LocalizedFailure {

	private static final long serialVersionUID = 1L;

	private final transient Message message;

	/** @since 0.1.1 */
	public AuditRuleException(Message message) {
		super(message.inBoth());
		this.message = message;
	}

	/** @since 0.1.1 */
	@Override
	public Message message() {
		return message;
	}

	/** The message in the language. @since 0.1.1 */
	public String getMessage(Language language) {
		return message.render(language);
	}

	/** The message for a locale, as {@link Language#of(Locale)} maps it. @since 0.1.1 */
	public String getMessage(Locale locale) {
		return message.render(locale);
	}

	/** A sentence of this package's messages files. */
	static Message message(String key, Object... arguments) {
		return Message.of(AuditRuleException.class, key, arguments);
	}
}
