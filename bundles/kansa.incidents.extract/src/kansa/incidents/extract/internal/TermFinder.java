package kansa.incidents.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kansa.core.incident.Actor;
import kansa.incidents.extract.Found;
import kansa.incidents.extract.FoundDate;
import kansa.incidents.extract.Span;
import kansa.incidents.extract.Vocabulary;
import kansa.incidents.extract.Vocabulary.Term;

/** Finds the vocabulary's causes, discovery routes, data types and industries, and the actors they imply. */
final class TermFinder {

	/** A sentence that speaks of the leak itself, where a list of data types means the leaked data. */
	private static final Pattern LEAK = Pattern.compile("流出|漏えい|漏洩|漏れ|盗まれ|窃取|閲覧され|閲覧可能|閲覧でき|不正閲覧|含まれ|対象"
			+ "|記載さ|記載し|保存さ|保存し|見える|表示され|可能性|含む|持ち出|紛失"
			// a sentence that counts the people or records concerned lists their data
			+ "|[0-9][0-9,]*\\s?(名|人|件)");
	/** A clause that denies: その情報は含まれておりません. */
	private static final Pattern DENIAL = Pattern
			.compile("(含まれ|流出|漏えい|漏洩)(て)?(おりません|いません|ない|はございません|はありません)|保有しておら|流出はございません");
	private static final Pattern CARD_DATA = Pattern.compile("(クレジット)?カード情報");
	private static final String CARD_NUMBER = "クレジットカード番号";
	private static final Pattern CLAUSE_SPLIT = Pattern.compile("[、,，・()（）「」]");
	private static final Pattern CONTRACTOR = Pattern.compile(
			"(委託先|受託会社|委託業者|委託事業者)の(サーバ|システム)|(サーバ|システム)[^。\\n]{0,15}(委託先|受託会社|委託業者)のもの"
					+ "|委託先(から|で|が|において)[^。\\n]{0,15}(流出|漏え|漏洩|紛失|誤)");
	private static final Pattern INSIDER = Pattern.compile("従業員が[^。\\n]{0,15}(不正|持ち出|私的)|元従業員|内部不正");
	private static final Pattern THIRD_PARTY = Pattern.compile("第三者による|第三者の|何者か|攻撃者|犯人");

	/** Causes that need no outside attacker. */
	private static final java.util.Set<String> HUMAN_ERROR = java.util.Set.of("誤送信", "誤交付", "紛失・置忘れ", "内部不正",
			"設定ミス");

	private TermFinder() {
	}

	/** Causes in vocabulary order (most specific first), each with its first mention. */
	static List<Found<String>> causes(String text) {
		List<Found<String>> found = new ArrayList<>();
		for (Term t : Vocabulary.CAUSES) {
			Matcher m = t.pattern().matcher(text);
			int hits = 0;
			int first = -1;
			int firstEnd = -1;
			while (m.find()) {
				if (first < 0) {
					first = m.start();
					firstEnd = m.end();
				}
				hits++;
			}
			if (hits > 0) {
				double confidence = hits >= 3 ? 0.85 : hits == 2 ? 0.75 : 0.6;
				found.add(new Found<>(t.label(), Span.of(text, first, firstEnd), confidence));
			}
		}
		return found;
	}

	/** Words of a sentence that says the organisation found something itself. */
	private static final Pattern SELF_FOUND = Pattern.compile("確認|発見|検知|判明|発覚|気付|気づ|見当たら|わかった|分かった");

	private static final Pattern COMPANY = Pattern.compile("株式会社[^\\s、。「」()（）]{1,15}?(?=(から|より))");

	/**
	 * 株式会社Xより連絡: X told it, and the route is what X is — a payment processor or card company introduced
	 * as such elsewhere in the notice (決済代行会社である株式会社X) is that route, not a mere outsider.
	 */
	private static Term byRole(String text, Term route, String matched) {
		Matcher c = COMPANY.matcher(matched);
		if (!c.find()) {
			return route;
		}
		String name = c.group();
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			String before = text.substring(Math.max(0, at - 16), at).replaceFirst("(である|の|、|\\s)+$", "");
			for (Term t : Vocabulary.DISCOVERY_ROUTES) {
				// the words that introduce the company, read as if it had told: 決済代行会社 → 決済代行会社から
				Matcher told = t.pattern().matcher(before + "から");
				while (t != route && told.find()) {
					if (told.end() == before.length() + 2) {
						return t;
					}
				}
			}
		}
		return route;
	}

	/** The route told in the discovery sentence, else anywhere in the article; self-detection as a last guess. */
	static Found<String> discoveryRoute(Context ctx, FoundDate discovered) {
		String text = ctx.text();
		if (discovered != null) {
			int s = ctx.sentenceStart(discovered.span().start());
			int e = ctx.clauseEnd(discovered.span().end());
			String sentence = text.substring(s, e);
			for (Term t : Vocabulary.DISCOVERY_ROUTES) {
				Matcher m = t.pattern().matcher(sentence);
				if (m.find()) {
					return new Found<>(byRole(text, t, m.group()).label(), Span.of(text, s + m.start(), s + m.end()), 0.85);
				}
			}
		}
		for (Term t : Vocabulary.DISCOVERY_ROUTES) {
			Matcher m = t.pattern().matcher(text);
			if (m.find()) {
				return new Found<>(byRole(text, t, m.group()).label(), Span.of(text, m.start(), m.end()), 0.6);
			}
		}
		if (discovered != null && discovered.confidence() < 0.7 && SELF_FOUND.matcher(text.substring(
				ctx.sentenceStart(discovered.span().start()), ctx.sentenceEnd(discovered.span().end()))).find()) {
			// found by the organisation itself (…を確認): no one told it; a date only inferred says nothing of how
			return new Found<>("内部調査", discovered.span(), 0.4);
		}
		return null;
	}

	/** Data types named in sentences about the leak, leaving out clauses that deny them. */
	static List<Found<String>> dataTypes(Context ctx) {
		String text = ctx.text();
		Map<String, Found<String>> found = new LinkedHashMap<>();
		for (Term t : Vocabulary.DATA_TYPES) {
			Matcher m = t.pattern().matcher(text);
			while (m.find()) {
				String sentence = ctx.sentence(m.start(), m.end());
				if (!LEAK.matcher(sentence).find() || denied(text, m.start(), m.end())) {
					continue;
				}
				found.putIfAbsent(t.label(), new Found<>(t.label(), Span.of(text, m.start(), m.end()), 0.8));
				break;
			}
		}
		// クレジットカード情報 without its items listed: at least the card number
		Matcher card = CARD_DATA.matcher(text);
		while (!found.containsKey(CARD_NUMBER) && card.find()) {
			if (LEAK.matcher(ctx.sentence(card.start(), card.end())).find() && !denied(text, card.start(), card.end())) {
				found.put(CARD_NUMBER, new Found<>(CARD_NUMBER, Span.of(text, card.start(), card.end()), 0.6));
			}
		}
		List<Found<String>> list = new ArrayList<>(found.values());
		list.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		return list;
	}

	private static boolean denied(String text, int start, int end) {
		int s = start;
		while (s > 0 && !CLAUSE_SPLIT.matcher(String.valueOf(text.charAt(s - 1))).matches() && text.charAt(s - 1) != '。'
				&& text.charAt(s - 1) != '\n') {
			s--;
		}
		int e = end;
		while (e < text.length() && !CLAUSE_SPLIT.matcher(String.valueOf(text.charAt(e))).matches()
				&& text.charAt(e) != '。' && text.charAt(e) != '\n') {
			e++;
		}
		return DENIAL.matcher(text.substring(s, e)).find();
	}

	/** The industry named most often (at least twice), as a guess for the consultant to confirm. */
	static Found<String> industry(String text) {
		Found<String> best = null;
		int bestHits = 1;
		for (Term t : Vocabulary.INDUSTRIES) {
			Matcher m = t.pattern().matcher(text);
			int hits = 0;
			Span first = null;
			while (m.find()) {
				if (first == null) {
					first = Span.of(text, m.start(), m.end());
				}
				hits++;
			}
			if (hits > bestHits) {
				bestHits = hits;
				best = new Found<>(t.label(), first, hits >= 4 ? 0.6 : 0.4);
			}
		}
		return best;
	}

	static List<Found<Actor>> actors(String text, List<Found<String>> causes) {
		List<Found<Actor>> actors = new ArrayList<>();
		Matcher third = THIRD_PARTY.matcher(text);
		Found<String> attack = causes.stream().filter(c -> !HUMAN_ERROR.contains(c.value())).findFirst().orElse(null);
		if (third.find()) {
			actors.add(new Found<>(Actor.EXTERNAL, Span.of(text, third.start(), third.end()), 0.8));
		} else if (attack != null) {
			actors.add(new Found<>(Actor.EXTERNAL, attack.span(), 0.6));
		}
		Matcher insider = INSIDER.matcher(text);
		if (insider.find()) {
			actors.add(new Found<>(Actor.INTERNAL, Span.of(text, insider.start(), insider.end()), 0.6));
		}
		Matcher contractor = CONTRACTOR.matcher(text);
		if (contractor.find()) {
			actors.add(new Found<>(Actor.CONTRACTOR, Span.of(text, contractor.start(), contractor.end()), 0.6));
		}
		return actors;
	}
}
