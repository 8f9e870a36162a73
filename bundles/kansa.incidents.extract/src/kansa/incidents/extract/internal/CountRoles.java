package kansa.incidents.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kansa.core.incident.Incident;
import kansa.incidents.extract.Found;
import kansa.incidents.extract.FoundCount;
import kansa.incidents.extract.Span;
import kansa.incidents.extract.Vocabulary;
import kansa.incidents.extract.internal.CountScanner.Count;
import kansa.incidents.extract.internal.CountScanner.Kind;

/**
 * Picks the headline counts among all the counts of an article: the records affected (the largest count of
 * records of data in a sentence about the leak, else the people, else the files) and, apart from it, the number
 * of people; and the sub-counts that name their kind of data (会員様情報405,576件).
 */
final class CountRoles {

	private static final Pattern LEAK = Pattern.compile("流出|漏えい|漏洩|漏れ|対象|被害|可能性|閲覧|盗まれ|件数|人数|情報|データ"
			+ "|記載|保存|含ま|含む|見える|表示|氏名|住所|アドレス|名簿|宛先|紛失|置き忘れ|誤って");
	private static final Pattern DATA_NOUN = Pattern
			.compile("([^\\s、。,()（）「」・]{1,16}?(情報|データ))\\s*(が|は|の|計|合計|約)?\\s*$");
	private static final Pattern RESTATES = Pattern.compile("\\s*[(（]\\s*");

	record Result(FoundCount records, FoundCount persons, List<FoundCount> all, List<Found<Incident.DataAmount>> amounts) {
	}

	private CountRoles() {
	}

	static Result pick(Context ctx, List<Count> counts) {
		String text = ctx.text();
		List<FoundCount> all = new ArrayList<>();
		Count records = null;
		Count persons = null;
		Count items = null;
		Count first = null;
		for (Count c : counts) {
			boolean leak = LEAK.matcher(ctx.sentence(c.start(), c.end())).find();
			all.add(found(text, c, leak));
			if (!leak) {
				continue;
			}
			switch (c.kind()) {
				case RECORDS -> records = larger(records, c);
				case PERSONS -> persons = preferPersons(persons, c);
				case ITEMS -> items = larger(items, c);
			}
			if (c.kind() != Kind.ITEMS && !c.fromLabel() && !restates(text, c, counts) && first == null) {
				first = c;
			}
		}
		// a table's 人数 that repeats a count of 件 is that count (漏えい人数 528563 beside 528,563件)
		if (persons != null && persons.fromLabel()) {
			long v = persons.value();
			if (counts.stream().anyMatch(c -> c.kind() == Kind.RECORDS && !c.fromLabel() && c.value() == v)) {
				persons = null;
			}
		}
		// the count the notice leads with; a table's label only when the text gives no count of its own
		Count headline = first != null ? first : records != null ? records : persons != null ? persons : items;
		FoundCount headlineFound = headline == null ? null : found(text, headline, true);
		FoundCount personsFound = persons == null ? null : found(text, persons, true);
		return new Result(headlineFound, personsFound, all, amounts(ctx, counts, headline));
	}

	/** A count written in the text beats a table label; then the larger. */
	private static Count preferPersons(Count a, Count b) {
		if (a == null) {
			return b;
		}
		if (a.fromLabel() != b.fromLabel()) {
			return a.fromLabel() ? b : a;
		}
		return b.value() > a.value() ? b : a;
	}

	private static Count larger(Count a, Count b) {
		if (a == null) {
			return b;
		}
		if (b.value() > a.value() || b.value() == a.value() && a.fromLabel() && !b.fromLabel()) {
			return b;
		}
		return a;
	}

	private static FoundCount found(String text, Count c, boolean leak) {
		double confidence = (leak ? 0.85 : 0.5) - (c.fromLabel() ? 0.15 : 0);
		return new FoundCount(c.value(), c.max(), c.approximate(), c.unit(), c.kind().name(),
				Span.of(text, c.start(), c.end()), confidence);
	}

	/** 312名分(340件): a count in parentheses right after another restates it. */
	private static boolean restates(String text, Count c, List<Count> counts) {
		return counts.stream().anyMatch(p -> p.end() <= c.start()
				&& RESTATES.matcher(text.substring(p.end(), c.start())).matches());
	}

	/**
	 * The counts per kind of data: each count of people or records in a sentence about the leak, named by the data
	 * noun before it (会員様情報405,576件) or, failing one, by the last kind of data listed before it in its sentence
	 * (氏名、住所、電話番号 9,842名分).
	 */
	private static List<Found<Incident.DataAmount>> amounts(Context ctx, List<Count> counts, Count headline) {
		String text = ctx.text();
		List<Found<Incident.DataAmount>> amounts = new ArrayList<>();
		for (Count c : counts) {
			if (c.fromLabel() || c.kind() == Kind.ITEMS || restates(text, c, counts)) {
				continue;
			}
			int from = Math.max(ctx.sentenceStart(c.start()), c.start() - 20);
			Matcher m = DATA_NOUN.matcher(text.substring(from, c.start()));
			String variety = null;
			int start = c.start();
			if (m.find()) {
				variety = m.group(1).replaceFirst("^.*[のにをはが]", "");
				start = from + m.start(1);
			} else if (c != headline && LEAK.matcher(ctx.sentence(c.start(), c.end())).find()) {
				String before = text.substring(ctx.sentenceStart(c.start()), c.start());
				int best = -1;
				for (Vocabulary.Term t : Vocabulary.DATA_TYPES) {
					Matcher d = t.pattern().matcher(before);
					while (d.find()) {
						if (d.end() > best) {
							best = d.end();
							variety = t.label();
						}
					}
				}
				if (variety != null && before.length() - best > 6) {
					variety = null; // a data type far before the count does not name it
				}
			}
			String v = variety;
			if (v != null && v.length() >= 2 && amounts.stream().noneMatch(a -> a.value().variety().equals(v)
					&& a.value().amount() == c.value())) {
				amounts.add(new Found<>(new Incident.DataAmount(v, c.value(), c.unit()), Span.of(text, Math.max(0, start),
						c.end()), 0.6));
			}
		}
		return amounts;
	}
}
