package kansa.incidents.extract.internal;

/**
 * Reads numbers as Japanese text writes them: {@code 3,255}, {@code 1万5,370}, {@code 29万2707}, {@code 46万},
 * {@code 2万5千}, {@code 1.5万}, {@code 三千二百五十五}, {@code 二〇一九}. Full-width digits must already be folded
 * (see {@link TextFolding}).
 */
public final class JapaneseNumbers {

	private static final String KANJI_DIGITS = "〇一二三四五六七八九";

	private JapaneseNumbers() {
	}

	static int kanjiDigit(char c) {
		if (c == '零') {
			return 0;
		}
		return KANJI_DIGITS.indexOf(c);
	}

	static boolean isNumberChar(char c) {
		return c >= '0' && c <= '9' || kanjiDigit(c) >= 0 || "十百千万億兆".indexOf(c) >= 0;
	}

	/**
	 * @return the value, or -1 when the text is not a number
	 */
	public static long parse(String text) {
		String s = text.replace(",", "").replace("、", "");
		if (s.isEmpty()) {
			return -1;
		}
		long total = 0; // sum of completed 万/億/兆 groups
		long section = 0; // below 万: sum of completed 十/百/千 parts
		double current = -1; // the digits read since the last multiplier
		boolean any = false;
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9' || c == '.' || kanjiDigit(c) >= 0) {
				int j = i;
				StringBuilder digits = new StringBuilder();
				while (j < s.length()) {
					char d = s.charAt(j);
					if (d >= '0' && d <= '9' || d == '.') {
						digits.append(d);
					} else if (kanjiDigit(d) >= 0) {
						digits.append((char) ('0' + kanjiDigit(d)));
					} else {
						break;
					}
					j++;
				}
				if (current >= 0) {
					return -1; // two digit runs without a multiplier between them
				}
				try {
					current = Double.parseDouble(digits.toString());
				} catch (NumberFormatException e) {
					return -1;
				}
				any = true;
				i = j;
				continue;
			}
			long small = switch (c) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				default -> 0;
			};
			long big = switch (c) {
				case '万' -> 10_000L;
				case '億' -> 100_000_000L;
				case '兆' -> 1_000_000_000_000L;
				default -> 0;
			};
			if (small > 0) {
				section += Math.round((current < 0 ? 1 : current) * small);
				current = -1;
				any = true;
			} else if (big > 0) {
				if (!any) {
					return -1; // 万 alone is not a number (数万 etc.)
				}
				double group = section + (current < 0 ? 0 : current);
				total += Math.round(group * big);
				section = 0;
				current = -1;
			} else {
				return -1;
			}
			i++;
		}
		if (!any) {
			return -1;
		}
		double rest = section + (current < 0 ? 0 : current);
		if (rest != Math.floor(rest)) {
			return -1; // 1.5 件 is not a count
		}
		return total + (long) rest;
	}
}
