package kansa.core.text;

import java.util.Locale;

/**
 * The two languages Kansa speaks. Every choice between them is made here, so a locale maps to the same language
 * in the UI, the command line and the reports: Japanese for a Japanese locale (and when none is given, Japanese
 * being the language of the audit terms), English for any other.
 *
 * @since 0.1.1
 */
public enum Language {
	JA(Locale.JAPANESE, "、"), EN(Locale.ENGLISH, ", ");

	private final Locale locale;
	private final String listSeparator;

	Language(Locale locale, String listSeparator) {
		this.locale = locale;
		this.listSeparator = listSeparator;
	}

	/** The language a locale maps to; null (no choice made) is Japanese. */
	public static Language of(Locale locale) {
		return locale == null || "ja".equals(locale.getLanguage()) ? JA : EN;
	}

	/**
	 * The user's language: of the JVM's default locale, which Equinox sets from {@code osgi.nl} (the launcher's
	 * {@code -nl}, else the operating system's locale), the same choice Eclipse NLS makes for the UI's texts.
	 */
	public static Language user() {
		return of(Locale.getDefault());
	}

	/** The language of a tag such as {@code ja}, {@code en} or {@code en_US}; empty or null is Japanese. */
	public static Language ofTag(String tag) {
		return tag == null || tag.isBlank() ? JA : of(Locale.forLanguageTag(tag.strip().replace('_', '-')));
	}

	public Locale locale() {
		return locale;
	}

	/** The tag given to {@code -nl} or {@code --lang}: {@code ja} or {@code en}. */
	public String tag() {
		return locale.getLanguage();
	}

	/** Between the items of a short list inside a sentence or a cell: 「、」 in Japanese. */
	public String listSeparator() {
		return listSeparator;
	}

	/** A label inside a sentence: English lower-cases it ("cannot go from planned to reported"). */
	String inSentence(String label) {
		return this == EN ? label.toLowerCase(Locale.ROOT) : label;
	}
}
