package kansa.incidents.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kansa.incidents.extract.Found;
import kansa.incidents.extract.Span;

/** Finds the breached service, the article's title and the URLs it cites ({@link OrganizationFinder}: the organisation). */
final class NameFinder {

	private static final Pattern SERVICE_CUE = Pattern.compile("(サービス|サイト|ショップ|アプリ|運営している|運営する|通販)\\s*$");
	private static final Pattern LEAK = Pattern.compile("不正アクセス|流出|漏えい|漏洩|攻撃");
	private static final Pattern NOT_SERVICE = Pattern.compile("お詫び|お知らせ|について|Pマーク|プライバシーマーク");
	private static final Pattern GENERIC_SERVICE = Pattern.compile("通販サイト|オンラインショップ|ECサイト|会員サイト|ネットショップ");
	private static final Pattern QUOTE = Pattern.compile("「([^」\\n]{2,40})」");
	private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*)?");
	private static final Pattern HEADLINE = Pattern.compile("不正アクセス|流出|漏えい|漏洩|お詫び|紛失|誤送信|被害");

	private NameFinder() {
	}

	/** A quoted name introduced as a service, site or shop, or the site in which the breach happened. */
	static Found<String> service(Context ctx) {
		String text = ctx.text();
		Matcher q = QUOTE.matcher(text);
		Found<String> best = null;
		int bestScore = 1;
		while (q.find()) {
			String name = q.group(1);
			if (NOT_SERVICE.matcher(name).find() || OrganizationFinder.LEGAL_FORM.matcher(name).find()) {
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
