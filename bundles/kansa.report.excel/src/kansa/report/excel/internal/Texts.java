package kansa.report.excel.internal;

import java.time.LocalDate;
import java.util.Locale;
import kansa.core.text.Language;

/** The report's language: every user-facing string is given in Japanese and English and picked here. */
record Texts(Language language) {

	boolean english() {
		return language == Language.EN;
	}

	Locale locale() {
		return language.locale();
	}

	String t(String ja, String en) {
		return english() ? en : ja;
	}

	/** Separator for short lists inside one cell (「、」 in Japanese). */
	String listSeparator() {
		return language.listSeparator();
	}

	/** Excel number format for dates. */
	String dateFormat() {
		return english() ? "yyyy-mm-dd" : "yyyy/mm/dd";
	}

	String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		return english() ? date.toString()
				: String.format("%d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}
}
