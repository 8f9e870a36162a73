package kansa.incidents.extract.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kansa.core.incident.DatePrecision;

/**
 * Finds dates as Japanese text writes them: {@code 2019年9月5日}, {@code 令和6年12月5日(木)}, {@code 2021/5/25},
 * {@code 2017年10月}, {@code 二〇一九年九月五日}, and month-days whose year the context implies
 * ({@code 5月7日から5月15日まで}). Two dates joined by から, ~ or - form a period.
 */
public final class DateScanner {

	/** A date in the text. {@code yearImplied}: the year was taken from an earlier date. */
	public record DateMention(LocalDate date, DatePrecision precision, int start, int end, boolean yearImplied) {
	}

	/** Two dates forming a period; the end's precision may differ from the start's. */
	public record Period(DateMention from, DateMention to, int start, int end) {
	}

	private static final String N = "[0-9〇一二三四五六七八九十]{1,4}";
	/** Municipal notices space their digits out: 2022 年 6 月 1 日. */
	private static final String S = "\\s?";
	private static final Pattern DATE = Pattern.compile(
			"(?<era>令和|平成|昭和)" + S + "(?<eraYear>元|" + N + ")" + S + "年(?:" + S + "(?<em>" + N + ")" + S + "月(?:" + S
					+ "(?<ed>" + N + ")" + S + "日)?)?"
					+ "|(?<y>(?:19|20)[0-9]{2}|[一二][〇九][〇一二三四五六七八九]{2})" + S + "年(?:" + S + "(?<m>" + N + ")" + S
					+ "月(?:" + S + "(?<d>" + N + ")" + S + "日)?)?"
					+ "|(?<!\\d)(?<sy>(?:19|20)[0-9]{2})[/.\\-](?<sm>[0-9]{1,2})[/.\\-](?<sd>[0-9]{1,2})(?!\\d)"
					+ "|(?<![0-9年/])(?<om>" + N + ")" + S + "月" + S + "(?<od>" + N + ")" + S + "日");
	/**
	 * A weekday, in parentheses or not, and a time of day after a date belong to it: (木), （木曜日）, 木曜日午前10時15分,
	 * 午後3時ごろ.
	 */
	private static final Pattern WEEKDAY = Pattern.compile("^(\\s*[(（][月火水木金土日](曜日?)?[)）]|[月火水木金土日]曜日?)?"
			+ "(\\s*(午前|午後)?\\s?[0-9]{1,2}時(\\s?[0-9]{1,2}分|半)?(頃|ごろ)?)?");
	private static final Pattern PERIOD_JOIN = Pattern.compile("^\\s*(から|~|〜|～|-|－|―|より)\\s*(?:同年)?");

	private DateScanner() {
	}

	public static List<DateMention> scan(String folded) {
		List<DateMention> found = new ArrayList<>();
		Matcher m = DATE.matcher(folded);
		Integer lastYear = null;
		Integer firstYear = null;
		while (m.find()) {
			DateMention d = mention(m, folded, lastYear);
			if (d == null) {
				continue;
			}
			if (!d.yearImplied()) {
				lastYear = d.date().getYear();
				if (firstYear == null) {
					firstYear = lastYear;
				}
			}
			found.add(d);
		}
		// a month-day before any year: take the first year the text gives
		if (firstYear != null) {
			for (int i = 0; i < found.size(); i++) {
				DateMention d = found.get(i);
				if (d.yearImplied() && d.date().getYear() == 1) {
					found.set(i, new DateMention(d.date().withYear(firstYear), d.precision(), d.start(), d.end(), true));
				}
			}
		}
		found.removeIf(d -> d.date().getYear() == 1);
		return found;
	}

	private static DateMention mention(Matcher m, String text, Integer lastYear) {
		try {
			int end = m.end();
			Matcher wd = WEEKDAY.matcher(text.substring(end, Math.min(text.length(), end + 16)));
			if (wd.find() && wd.end() > 0) {
				end += wd.end();
			}
			if (m.group("era") != null) {
				int base = switch (m.group("era")) {
					case "令和" -> 2018;
					case "平成" -> 1988;
					default -> 1925;
				};
				int ey = m.group("eraYear").equals("元") ? 1 : num(m.group("eraYear"));
				return of(base + ey, m.group("em"), m.group("ed"), m.start(), end, false);
			}
			if (m.group("y") != null) {
				return of(num(m.group("y")), m.group("m"), m.group("d"), m.start(), end, false);
			}
			if (m.group("sy") != null) {
				return of(num(m.group("sy")), m.group("sm"), m.group("sd"), m.start(), end, false);
			}
			// month-day: the year of the latest earlier date, or (fixed up later) the first year in the text
			return of(lastYear == null ? 1 : lastYear, m.group("om"), m.group("od"), m.start(), end, true);
		} catch (DateTimeException | IllegalArgumentException e) {
			return null; // 2月30日 and other impossible dates are not dates
		}
	}

	private static DateMention of(int year, String month, String day, int start, int end, boolean implied) {
		if (month == null) {
			return new DateMention(LocalDate.of(year, 1, 1), DatePrecision.YEAR, start, end, implied);
		}
		if (day == null) {
			return new DateMention(LocalDate.of(year, num(month), 1), DatePrecision.MONTH, start, end, implied);
		}
		return new DateMention(LocalDate.of(year, num(month), num(day)), DatePrecision.DAY, start, end, implied);
	}

	private static int num(String s) {
		long v = JapaneseNumbers.parse(s);
		if (v < 0) {
			throw new IllegalArgumentException(s);
		}
		return (int) v;
	}

	/** Pairs of dates joined by から, ~ or -; a period's end never precedes its start. */
	public static List<Period> periods(String folded, List<DateMention> dates) {
		List<Period> periods = new ArrayList<>();
		for (int i = 0; i + 1 < dates.size(); i++) {
			DateMention a = dates.get(i);
			DateMention b = dates.get(i + 1);
			String between = folded.substring(a.end(), b.start());
			Matcher j = PERIOD_JOIN.matcher(between);
			if (j.find() && j.end() == between.length() && !b.date().isBefore(a.date())) {
				periods.add(new Period(a, b, a.start(), b.end()));
				i++;
			}
		}
		return periods;
	}
}
