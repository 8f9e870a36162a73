package kansa.audit;

import java.util.Locale;

import kansa.core.text.LocalizedText;

/**
 * An operation would break an audit rule (e.g. reporting with items still unjudged); the reason says which, in
 * Japanese and English. {@link #getMessage()} gives both on one line, as the command line prints its messages;
 * a window shows {@link #reason()} in the user's language.
 */
public class AuditRuleException extends Exception {

	private static final long serialVersionUID = 1L;

	private final LocalizedText reason;

	/** @since 0.1.1 */
	public AuditRuleException(LocalizedText reason) {
		super(oneLine(reason));
		this.reason = reason;
	}

	/** @since 0.1.1 */
	public AuditRuleException(String japanese, String english) {
		this(LocalizedText.of(japanese, english));
	}

	/** A reason that is the same in both languages (e.g. a field name with a value). */
	public AuditRuleException(String message) {
		this(LocalizedText.of(message, message));
	}

	/** @since 0.1.1 */
	public LocalizedText reason() {
		return reason;
	}

	/** The reason in the user's language. @since 0.1.1 */
	public String getMessage(Locale locale) {
		return reason.get(locale);
	}

	/** 「日本語 / English」, or one of them when the other is empty or the same. */
	static String oneLine(LocalizedText text) {
		if (text.en().isEmpty() || text.en().equals(text.ja())) {
			return text.get(Locale.JAPANESE);
		}
		return text.ja().isEmpty() ? text.en() : text.ja() + " / " + text.en();
	}
}
