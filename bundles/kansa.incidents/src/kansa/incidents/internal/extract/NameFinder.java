package kansa.incidents.internal.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kansa.incidents.Found;
import kansa.incidents.Span;

/** Finds the organisation, the breached service, the article's title and the URLs it cites. */
final class NameFinder {

	private static final Pattern LEGAL_FORM = Pattern.compile(
			"株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|医療法人|社会福祉法人|独立行政法人|国立大学法人");
	/** Characters that can not be part of a name: punctuation and brackets. */
	private static final Pattern NAME_CHARS = Pattern.compile("[^\\s、。,，「」『』()（）【】\\[\\]?？!！:：]{1,24}");
	private static final String PARTICLES = "はがでをにのともへや";
	private static final Pattern SERVICE_CUE = Pattern.compile("(サービス|サイト|ショップ|アプリ|運営している|運営する|通販)\\s*$");
	private static final Pattern LEAK = Pattern.compile("不正アクセス|流出|漏えい|漏洩|攻撃");
	private static final Pattern NOT_SERVICE = Pattern.compile("お詫び|お知らせ|について|Pマーク|プライバシーマーク");
	private static final Pattern GENERIC_SERVICE = Pattern.compile("通販サイト|オンラインショップ|ECサイト|会員サイト|ネットショップ");
	private static final Pattern QUOTE = Pattern.compile("「([^」\\n]{2,40})」");
	private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*)?");
	private static final Pattern HEADLINE = Pattern.compile("不正アクセス|流出|漏えい|漏洩|お詫び|紛失|誤送信|被害");

	private NameFinder() {
	}

	/**
	 * The organisation named most often with its legal form. Its name ends where its mentions stop agreeing
	 * (株式会社みらいとで…, 株式会社みらいとは… → みらいと), so particles inside names survive.
	 */
	static Found<String> organization(String text) {
		Map<String, List<int[]>> groups = new LinkedHashMap<>();
		Map<String, List<String>> tails = new LinkedHashMap<>();
		Matcher m = LEGAL_FORM.matcher(text);
		while (m.find()) {
			Matcher n = NAME_CHARS.matcher(text);
			n.region(m.end(), text.length());
			if (!n.lookingAt()) {
				continue;
			}
			String tail = n.group();
			String key = m.group() + tail.substring(0, Math.min(2, tail.length()));
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] { m.start(), m.end() });
			tails.computeIfAbsent(key, k -> new ArrayList<>()).add(tail);
		}
		String best = null;
		for (String key : groups.keySet()) {
			if (best == null || groups.get(key).size() > groups.get(best).size()) {
				best = key;
			}
		}
		if (best == null) {
			return null;
		}
		List<String> t = tails.get(best);
		String name = t.size() == 1 ? cutAtParticle(t.get(0)) : commonPrefix(t);
		int[] first = groups.get(best).get(0);
		String full = text.substring(first[0], first[1]) + name;
		double confidence = t.size() >= 3 ? 0.9 : t.size() == 2 ? 0.8 : 0.65;
		return new Found<>(full, Span.of(text, first[0], first[1] + name.length()), confidence);
	}

	private static String commonPrefix(List<String> tails) {
		Set<String> distinct = new LinkedHashSet<>(tails);
		String prefix = distinct.iterator().next();
		for (String s : distinct) {
			int i = 0;
			while (i < prefix.length() && i < s.length() && prefix.charAt(i) == s.charAt(i)) {
				i++;
			}
			prefix = prefix.substring(0, i);
		}
		return distinct.size() == 1 ? cutAtParticle(prefix) : prefix;
	}

	private static String cutAtParticle(String tail) {
		for (int i = 1; i < tail.length(); i++) {
			if (PARTICLES.indexOf(tail.charAt(i)) >= 0) {
				return tail.substring(0, i);
			}
		}
		return tail;
	}

	/** A quoted name introduced as a service, site or shop, or the site in which the breach happened. */
	static Found<String> service(Context ctx) {
		String text = ctx.text();
		Matcher q = QUOTE.matcher(text);
		Found<String> best = null;
		int bestScore = 1;
		while (q.find()) {
			String name = q.group(1);
			if (NOT_SERVICE.matcher(name).find() || LEGAL_FORM.matcher(name).find()) {
				continue;
			}
			String before = text.substring(Math.max(0, q.start() - 12), q.start());
			String after = text.substring(q.end(), Math.min(text.length(), q.end() + 4));
			int score = (SERVICE_CUE.matcher(before).find() ? 2 : 0)
					+ (after.startsWith("で") || after.startsWith("において") ? 1 : 0)
					+ (LEAK.matcher(ctx.sentence(q.start(), q.end())).find() ? 1 : 0);
			if (score > bestScore) {
				bestScore = score;
				best = new Found<>(name, Span.of(text, q.start(1), q.end(1)), score >= 3 ? 0.8 : 0.6);
			}
		}
		if (best == null) {
			Matcher g = GENERIC_SERVICE.matcher(text);
			if (g.find()) {
				best = new Found<>(g.group(), Span.of(text, g.start(), g.end()), 0.35);
			}
		}
		return best;
	}

	/** The first line that speaks of the breach (the headline of an article or notice), else the first line. */
	static Found<String> title(String text) {
		int pos = 0;
		Found<String> first = null;
		for (String line : text.split("\n", -1)) {
			String s = line.strip();
			int start = pos + line.indexOf(s);
			pos += line.length() + 1;
			if (s.length() < 8 || s.length() > 100) {
				continue;
			}
			if (HEADLINE.matcher(s).find()) {
				return new Found<>(s, Span.of(text, start, start + s.length()), 0.7);
			}
			if (first == null) {
				first = new Found<>(s, Span.of(text, start, start + s.length()), 0.4);
			}
		}
		return first;
	}

	static List<Found<String>> urls(String text) {
		List<Found<String>> urls = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		Matcher u = URL.matcher(text);
		while (u.find()) {
			if (seen.add(u.group())) {
				urls.add(new Found<>(u.group(), Span.of(text, u.start(), u.end()), 0.9));
			}
		}
		return urls;
	}
}
