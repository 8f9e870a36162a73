package kansa.ui.incidents.internal.wizard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kansa.core.incident.DatePrecision;
import kansa.incidents.extract.FoundDate;
import kansa.ui.incidents.internal.Messages;

/**
 * A date as the form shows it: 2025-03-14, 2025-03 (month precision) or 2025 (year precision), '/' allowed, so
 * the precision the article gave survives the round trip through a text field.
 */
record DateField(LocalDate date, DatePrecision precision) {

	private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?");

	static final DateField NONE = new DateField(null, null);

	static String format(FoundDate d) {
		if (d == null) {
			return "";
		}
		LocalDate v = d.value();
		return switch (d.precision()) {
			case DAY -> v.toString();
			case MONTH -> String.format("%04d-%02d", v.getYear(), v.getMonthValue());
			case YEAR -> Integer.toString(v.getYear());
		};
	}

	static DateField parse(String field, String text) throws FieldException {
		String t = text.strip();
		if (t.isEmpty()) {
			return NONE;
		}
		Matcher m = DATE.matcher(t);
		if (!m.matches()) {
			throw new FieldException(field, Messages.Field_badDate);
		}
		try {
			int year = Integer.parseInt(m.group(1));
			if (m.group(2) == null) {
				return new DateField(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
			}
			int month = Integer.parseInt(m.group(2));
			if (m.group(3) == null) {
				return new DateField(LocalDate.of(year, month, 1), DatePrecision.MONTH);
			}
			return new DateField(LocalDate.of(year, month, Integer.parseInt(m.group(3))), DatePrecision.DAY);
		} catch (DateTimeException e) {
			throw new FieldException(field, Messages.Field_badDate);
		}
	}
}
