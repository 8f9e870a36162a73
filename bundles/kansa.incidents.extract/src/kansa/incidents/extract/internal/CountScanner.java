package kansa.incidents.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts of records and people: {@code 3,255件}, {@code 約46万人}, {@code 約2万5千~3万人}, {@code 34人分},
 * {@code 三千二百五十五件}, and table labels such as {@code 漏えい人数 528563}. Each count says whether it counts
 * people, records, or things such as files and e-mails, so the caller can tell them apart.
 */
public final class CountScanner {

	/** What a count counts. */
	public enum Kind {
		PERSONS, RECORDS, ITEMS
	}

	/** A count in the text; {@code max} is set for ranges. */
	public record Count(long value, Long max, boolean approximate, String unit, Kind kind, int start, int end,
			boolean fromLabel) {
	}

	private static final String NUM = "[0-9〇一二三四五六七八九十百千][0-9,〇一二三四五六七八九十百千万億.]*";
	private static final String APPROX = "(約|およそ|概ね|最大|最大で|推定|計|合計|少なくとも)?";
	/** 世帯 counts households, as 名 counts people; a space may stand before the unit (2,105 名分). */
	private static final String UNIT = "\\s?(件|人|名|世帯)";
	private static final Pattern COUNT = Pattern.compile(APPROX + "(" + NUM + ")(?:" + UNIT + ")?\\s*([~〜～\\-－]|から)\\s*"
			+ "(約)?(" + NUM + ")" + UNIT + "(分)?(以上|超|余り|程度|前後)?" + "|" + APPROX + "(" + NUM
			+ ")" + UNIT + "(分)?(以上|超|余り|程度|前後)?");
	private static final Pattern LABEL = Pattern
			.compile("(漏えい|漏洩|流出|対象|被害)(人数|件数|者数)\\s*[:：は]?\\s*(約)?([0-9][0-9,]*)(?![0-9,件人名万億千百十])");
	/** 件 after these words counts things, not records of personal data. */
	private static final Pattern ITEM_BEFORE = Pattern
			.compile("(ファイル|メール|文書|書類|帳票|案件|事案|媒体|USB|端末|パソコン|PC|封書|郵便物|書面|伝票)(数)?(が|は|を)?\\s*$");
	private static final Pattern ITEM_AFTER = Pattern
			.compile("^(分)?の?(ファイル|メール(?!アドレス)|文書|書類|帳票|媒体|封書|郵便物|書面|伝票)");

	private CountScanner() {
	}

	public static List<Count> scan(String folded) {
		List<Count> counts = new ArrayList<>();
		Matcher m = COUNT.matcher(folded);
		while (m.find()) {
			if (m.start() > 0 && "数何".indexOf(folded.charAt(m.start() - 1)) >= 0) {
				continue; // 数万件: no number
			}
			Count c = m.group(6) != null ? range(m, folded) : single(m, folded);
			if (c != null) {
				counts.add(c);
			}
		}
		Matcher l = LABEL.matcher(folded);
		while (l.find()) {
			long v = JapaneseNumbers.parse(l.group(4));
			if (v >= 0) {
				boolean persons = l.group(2).equals("人数") || l.group(2).equals("者数");
				counts.add(new Count(v, null, l.group(3) != null, persons ? "人" : "件",
						persons ? Kind.PERSONS : Kind.RECORDS, l.start(), l.end(), true));
			}
		}
		counts.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return counts;
	}

	private static Count range(Matcher m, String text) {
		long low = JapaneseNumbers.parse(m.group(2));
		long high = JapaneseNumbers.parse(m.group(6));
		if (low < 0 || high < 0) {
			return null;
		}
		// 2万5千~3万人: the lower bound borrows the upper bound's magnitude when it has none of its own
		if (low < high && m.group(2).matches("[0-9]+") && !m.group(6).matches("[0-9,]+")) {
			long scale = 1;
			while (low * scale * 10 <= high) {
				scale *= 10;
			}
			low *= scale;
		}
		if (low > high) {
			return null;
		}
		String unit = m.group(7);
		boolean approx = m.group(1) != null || m.group(5) != null || m.group(9) != null;
		return new Count(low, high, approx, unit, kind(unit, text, m.start(), m.end()), m.start(), m.end(), false);
	}

	private static Count single(Matcher m, String text) {
		String number = m.group(11);
		long v = JapaneseNumbers.parse(number);
		if (v < 0) {
			return null;
		}
		if (!number.matches(".*[0-9].*") && m.group(10) == null && v < 2) {
			return null; // 一人, 一件: words, not counts
		}
		String unit = m.group(12);
		boolean approx = m.group(10) != null || m.group(14) != null;
		return new Count(v, null, approx, unit, kind(unit, text, m.start(), m.end()), m.start(), m.end(), false);
	}

	private static Kind kind(String unit, String text, int start, int end) {
		if (!unit.equals("件")) {
			return Kind.PERSONS;
		}
		String before = text.substring(Math.max(0, start - 8), start);
		String after = text.substring(end, Math.min(text.length(), end + 6));
		return ITEM_BEFORE.matcher(before).find() || ITEM_AFTER.matcher(after).find() ? Kind.ITEMS : Kind.RECORDS;
	}
}
