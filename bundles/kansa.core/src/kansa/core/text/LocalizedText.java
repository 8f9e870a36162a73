package kansa.core.text;

import java.util.Locale;

import kansa.core.internal.Checks;

/**
 * User-facing text in Japanese (the primary language of every Kansa document) and English.
 * A missing English text falls back to Japanese, and vice versa, so a renderer always has something to show.
 */
public record LocalizedText(String ja, String en) {

	public static final LocalizedText EMPTY = new LocalizedText("", "");

	public LocalizedText {
		ja = ja == null ? "" : Checks.withoutControls(ja).strip();
		en = en == null ? "" : Checks.withoutControls(en).strip();
	}

	public static LocalizedText of(String ja, String en) {
		return new LocalizedText(ja, en);
	}

	public static LocalizedText ja(String ja) {
		return new LocalizedText(ja, "");
	}

	public boolean isEmpty() {
		return ja.isEmpty() && en.isEmpty();
	}

	/** The text for a locale, as {@link Language#of(Locale)} maps it, falling back to the other language. */
	public String get(Locale locale) {
		return in(Language.of(locale));
	}

	/** The text in the language, falling back to the other one when empty. @since 0.1.1 */
	public String in(Language language) {
		boolean english = language == Language.EN;
		String first = english ? en : ja;
		return first.isEmpty() ? (english ? ja : en) : first;
	}

	@Override
	public String toString() {
		return in(Language.JA);
	}
}
