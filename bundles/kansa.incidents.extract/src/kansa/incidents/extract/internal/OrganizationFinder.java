package kansa.incidents.extract.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import kansa.incidents.extract.Found;
import kansa.incidents.extract.Span;

/**
 * Finds the organisation an article is about. Three kinds of names are candidates:
 * <ul>
 * <li>a legal form before the name (株式会社みらいと): the name ends where its mentions stop agreeing
 * (株式会社みらいとで…, 株式会社みらいとは… → みらいと), so particles inside names survive;</li>
 * <li>a legal form after the name (さくら商事株式会社): the name is the run of nouns before it, as kuromoji reads
 * them, without words of time such as 本日;</li>
 * <li>a public body or institution: a place with its suffix (横浜市, みなと県) or a name ending in 大学, 病院, 銀行…
 * that contains a proper noun (東都大学附属病院);</li>
 * <li>in news style, the proper-noun topic of a sentence that announces (ひかり電機は…と発表した), with low confidence.</li>
 * </ul>
 * The candidate mentioned most often wins, the surer kind on a tie; its first mention is the source.
 */
final class OrganizationFinder {

	static final Pattern LEGAL_FORM = Pattern.compile(
			"株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|医療法人|社会福祉法人|独立行政法人|国立大学法人");
	/** Characters that can not be part of a name: punctuation and brackets. */
	private static final Pattern NAME_CHARS = Pattern.compile("[^\\s、。,，「」『』()（）【】\\[\\]?？!！:：]{1,24}");
	private static final String PARTICLES = "はがでをにのともへや";
	private static final Set<String> INSTITUTIONS = Set.of("大学", "大学院", "病院", "医院", "銀行", "信用金庫", "信用組合",
			"学園", "高校", "高等学校", "中学校", "小学校", "協会", "機構", "財団");
	/** Place suffixes that make a public body: 市, 町, 村, 区, 県, 府, 都, 道. */
	private static final Pattern PUBLIC_BODY_SUFFIX = Pattern.compile("[市町村区県府都道]");
	private static final int MAX_NAME = 24;
	private static final Pattern ANNOUNCES = Pattern.compile("発表|公表|明らかにした|お詫び|謝罪");
	private static final Pattern VENDOR_BEFORE = Pattern
			.compile("(委託先|委託先の|委託先である|委託している|委託する|運営事業者である|決済代行会社である|提供元である|事業者である|業者である)\\s*$");
	private static final Pattern VENDOR_AFTER = Pattern.compile("^\\s*(が提供する|が提供している|の提供する)");
	/** A line that is a company's name and nothing else. */
	private static final Pattern SIGNED_LEGAL = Pattern.compile("[^\\s、。,「」『』()（）【】:：?？!！]{2,30}");
	/** A heading that names a company but is a title: 株式会社Xで不正アクセス、株式会社Xに関するお知らせ. */
	private static final Pattern TITLE_WORDS = Pattern.compile("について|に関する|お知らせ|お詫び|解説|発生|流出|漏えい|漏洩|不正|被害");
	/** A line naming a public body, perhaps with the department that writes: みずほし市, はなぶさ県福祉部. */
	private static final Pattern SIGNED_BODY = Pattern.compile(
			"([^\\s、。,「」『』()（）【】:：]{1,12}?[都道府県市区町村](教育委員会)?)([^\\s、。,「」()（）]{0,12}(部|局|課|室|センター))?");
	private static final Pattern NEWS_TOPIC = Pattern
			.compile("(?:^|[、。\\n」』])([^\\s、。「」『』()（）]{2,40}?)(?:[(（][^()（）\\n]{1,12}[)）])?は[0-9]{1,2}日[、,]",
					Pattern.MULTILINE);
	/** Words before a name that describe it: …を運営する, 物流大手の. */
	private static final Pattern DESCRIBED = Pattern.compile("(する|している|した|大手の|企業の|会社の|メーカーの)");

	private OrganizationFinder() {
	}

	/** The organisation a notice is about and, kept apart, the vendor or service provider named in it. */
	record Roles(Found<String> organization, Found<String> contractor) {
	}

	static Roles roles(String text) {
		List<Token> tokens = tokens(text);
		List<Candidate> all = candidates(text, tokens);
		Found<String> signed = signature(text, all);
		Candidate most = null;
		for (Candidate c : all) {
			if (most == null || better(c, most)) {
				most = c;
			}
		}
		Found<String> topic = signed == null ? newsTopic(text, Set.of()) : null;
		Found<String> contractor = null;
		Set<String> vendors = new LinkedHashSet<>();
		for (Candidate c : all) {
			// 株式会社Xが提供する… is a vendor only beside another organisation: the notice's signer, a name the
			// text speaks of more often, or the topic of a news sentence that announces (しおかぜ電力は17日、…)
			boolean other = signed != null ? !signed.value().equals(c.name)
					: topic != null ? !topic.value().equals(c.name) : c != most;
			if (c.kind == Kind.LEGAL_FORM && other && isContractor(text, c.name)) {
				vendors.add(c.name);
				if (contractor == null) {
					contractor = new Found<>(c.name, Span.of(text, c.start, c.start + c.name.length()), 0.7);
				}
			}
		}
		Found<String> organization = signed;
		if (organization == null) {
			organization = newsTopic(text, vendors);
		}
		if (organization == null) {
			Candidate best = null;
			for (Candidate c : all) {
				boolean vendor = vendors.stream().anyMatch(v -> v.contains(c.name) || c.name.contains(v));
				if (!vendor && (best == null || better(c, best))) {
					best = c;
				}
			}
			// a name without a legal form is more often a bystander (a city, a university named in passing)
			organization = best == null ? null : new Found<>(best.name, Span.of(text, best.start, best.start
					+ best.name.length()), best.kind.confidence(best.mentions));
		}
		return new Roles(organization, contractor);
	}

	static Found<String> find(String text) {
		return roles(text).organization();
	}

	/** 株式会社Xが提供するサービス, 委託先の株式会社X, 運営事業者である株式会社X: a vendor, not the notice's organisation. */
	private static boolean isContractor(String text, String name) {
		for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
			String before = text.substring(Math.max(0, i - 12), i);
			String after = text.substring(i + name.length(), Math.min(text.length(), i + name.length() + 12));
			if (VENDOR_BEFORE.matcher(before).find() || VENDOR_AFTER.matcher(after).find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The name a notice is signed with: a line of its heading block or its close holding nothing but an
	 * organisation's name (株式会社はなみずき堂, さくら精機株式会社, みずほし市, はなぶさ県福祉部 → はなぶさ県).
	 */
	private static Found<String> signature(String text, List<Candidate> all) {
		List<int[]> lines = Context.lines(text);
		for (int i = 0; i < lines.size(); i++) {
			if (i >= 6 && i < lines.size() - 3) {
				continue;
			}
			String raw = text.substring(lines.get(i)[0], lines.get(i)[1]);
			String line = raw.strip();
			int start = lines.get(i)[0] + raw.indexOf(line);
			String name = null;
			Matcher legal = SIGNED_LEGAL.matcher(line);
			Matcher body = SIGNED_BODY.matcher(line);
			if (legal.matches() && LEGAL_FORM.matcher(line).find()) {
				name = line;
			} else if (body.matches()) {
				name = body.group(1);
			}
			if (name != null && !TITLE_WORDS.matcher(line).find()
					&& (i < 6 || mostMentioned(text, name, all))) {
				return new Found<>(name, Span.of(text, start, start + name.length()), 0.85);
			}
		}
		return null;
	}

	/** A page's footer names its publisher: it signs the notice only if the text speaks of no one more often. */
	private static boolean mostMentioned(String text, String name, List<Candidate> all) {
		int mentions = count(text, LEGAL_FORM.matcher(name).replaceAll(""));
		return all.stream().noneMatch(c -> !name.contains(c.name) && !c.name.contains(name) && c.mentions > mentions);
	}

	/**
	 * News style: 雑貨の通販サイトを運営するこはく工房（大阪市）は8日、…と発表した — the topic of the sentence that
	 * announces, without the words that describe it and the place in parentheses.
	 */
	private static Found<String> newsTopic(String text, Set<String> vendors) {
		Matcher m = NEWS_TOPIC.matcher(text);
		while (m.find()) {
			if (!ANNOUNCES.matcher(sentenceAfter(text, m.end())).find()) {
				continue;
			}
			String topic = m.group(1);
			Matcher d = DESCRIBED.matcher(topic);
			int cut = 0;
			while (d.find()) {
				cut = d.end();
			}
			String name = topic.substring(cut);
			if (name.length() >= 2 && name.length() <= MAX_NAME && !vendors.contains(name)) {
				int start = m.start(1) + cut;
				return new Found<>(name, Span.of(text, start, start + name.length()), 0.55);
			}
		}
		return null;
	}

	/** More mentions; on a tie the surer kind, then the longer of two nested names (東都大学附属病院, 東都大学). */
	private static boolean better(Candidate c, Candidate best) {
		if (c.mentions != best.mentions) {
			return c.mentions > best.mentions;
		}
		if (c.kind != best.kind) {
			return c.kind.compareTo(best.kind) < 0;
		}
		return c.name.length() > best.name.length() && c.name.contains(best.name);
	}

	private static List<Candidate> candidates(String text, List<Token> tokens) {
		List<Candidate> all = new ArrayList<>(legalFormFirst(text, tokens));
		Set<String> seen = new LinkedHashSet<>();
		Matcher m = LEGAL_FORM.matcher(text);
		while (m.find()) {
			String before = nounRunBefore(text, tokens, m.start());
			if (!before.isEmpty() && seen.add(before + m.group())) {
				String full = before + m.group();
				// later mentions often drop the legal form: さくら商事は…
				all.add(new Candidate(full, text.indexOf(full), count(text, before), Kind.LEGAL_FORM));
			}
		}
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			boolean publicBody = t.pos.equals("名詞-接尾-地域") && PUBLIC_BODY_SUFFIX.matcher(t.text).matches()
					&& i > 0 && tokens.get(i - 1).pos.startsWith("名詞-固有名詞-地域") && tokens.get(i - 1).end == t.start;
			boolean institution = INSTITUTIONS.contains(t.text);
			if (!publicBody && !institution) {
				continue;
			}
			int first = firstOfRun(tokens, i);
			if (institution && tokens.subList(first, i).stream().noneMatch(x -> x.pos.startsWith("名詞-固有名詞"))) {
				continue;
			}
			String name = text.substring(tokens.get(first).start, t.end);
			if (name.length() <= MAX_NAME && seen.add(name)) {
				all.add(new Candidate(name, tokens.get(first).start, count(text, name), Kind.PUBLIC_BODY));
			}
		}
		// さくら商事は… names the company found with its legal form: not a candidate of its own
		for (Candidate a : announcers(text, tokens, seen)) {
			if (all.stream().noneMatch(c -> c.name.contains(a.name))) {
				all.add(a);
			}
		}
		return all;
	}

	/**
	 * News style, no legal form: the topic of a sentence that announces (ひかり電機は10日、…と発表した), from its first
	 * proper noun (東京のIT企業みどりテックは → みどりテック).
	 */
	private static List<Candidate> announcers(String text, List<Token> tokens, Set<String> seen) {
		List<Candidate> found = new ArrayList<>();
		for (int i = 1; i < tokens.size(); i++) {
			Token topic = tokens.get(i);
			if (!topic.text.equals("は") || !topic.pos.startsWith("助詞-係助詞") || !isNamePart(tokens.get(i - 1))
					|| tokens.get(i - 1).end != topic.start) {
				continue;
			}
			int first = firstOfRun(tokens, i - 1);
			while (first < i && !tokens.get(first).pos.startsWith("名詞-固有名詞")) {
				first++;
			}
			if (first == i || !ANNOUNCES.matcher(sentenceAfter(text, topic.end)).find()) {
				continue;
			}
			String name = text.substring(tokens.get(first).start, topic.start);
			// ひだまり商事(東京都港区)は: the place in brackets is not part of the name
			name = name.replaceFirst("[(（].*$", "");
			if (name.length() >= 2 && name.length() <= MAX_NAME && seen.add(name)) {
				found.add(new Candidate(name, tokens.get(first).start, count(text, name), Kind.ANNOUNCER));
			}
		}
		return found;
	}

	private static String sentenceAfter(String text, int from) {
		int end = text.indexOf('。', from);
		return text.substring(from, end < 0 ? text.length() : end);
	}

	/** 株式会社X: mentions grouped by the legal form and the name's first two characters. */
	private static List<Candidate> legalFormFirst(String text, List<Token> tokens) {
		Map<String, List<Integer>> starts = new LinkedHashMap<>();
		Map<String, List<String>> tails = new LinkedHashMap<>();
		Map<String, Integer> formEnds = new LinkedHashMap<>();
		Matcher m = LEGAL_FORM.matcher(text);
		while (m.find()) {
			Matcher n = NAME_CHARS.matcher(text);
			n.region(m.end(), text.length());
			// さくら商事株式会社は…: a particle after the legal form means the name stood before it
			if (!n.lookingAt() || PARTICLES.indexOf(n.group().charAt(0)) >= 0 || LEGAL_FORM.matcher(n.group()).lookingAt()) {
				continue;
			}
			String tail = n.group();
			String key = m.group() + tail.substring(0, Math.min(2, tail.length()));
			starts.computeIfAbsent(key, k -> new ArrayList<>()).add(m.start());
			tails.computeIfAbsent(key, k -> new ArrayList<>()).add(tail);
			formEnds.putIfAbsent(key, m.end());
		}
		List<Candidate> found = new ArrayList<>();
		for (String key : starts.keySet()) {
			List<String> t = tails.get(key);
			String name = t.size() == 1 ? single(text, tokens, formEnds.get(key), t.get(0)) : commonPrefix(t);
			int start = starts.get(key).get(0);
			found.add(new Candidate(text.substring(start, formEnds.get(key)) + name, start, t.size(), Kind.LEGAL_FORM));
		}
		return found;
	}

	/**
	 * The nouns right before a legal form (さくら商事 in 本日さくら商事株式会社は): proper and common nouns and the
	 * symbols between them (ジェイ・エス), not words of time, numbers or pronouns.
	 */
	private static String nounRunBefore(String text, List<Token> tokens, int offset) {
		int last = -1;
		for (int i = 0; i < tokens.size() && tokens.get(i).end <= offset; i++) {
			last = i;
		}
		if (last < 0 || tokens.get(last).end != offset || !isNamePart(tokens.get(last))) {
			return "";
		}
		int first = firstOfRun(tokens, last);
		String run = text.substring(tokens.get(first).start, offset);
		return run.length() <= MAX_NAME ? run : "";
	}

	/** Walks back over adjacent name parts; a symbol only counts between two of them. */
	private static int firstOfRun(List<Token> tokens, int last) {
		int first = last;
		while (first > 0) {
			Token prev = tokens.get(first - 1);
			if (prev.end != tokens.get(first).start) {
				break;
			}
			if (isNamePart(prev)) {
				first--;
			} else if (isJoiner(prev) && first > 1 && isNamePart(tokens.get(first - 2))
					&& tokens.get(first - 2).end == prev.start) {
				first -= 2;
			} else {
				break;
			}
		}
		return first;
	}

	private static boolean isNamePart(Token t) {
		return t.pos.startsWith("名詞") && !t.pos.startsWith("名詞-副詞可能") && !t.pos.startsWith("名詞-代名詞")
				&& !t.pos.startsWith("名詞-数") && !t.pos.startsWith("名詞-非自立") && !t.pos.startsWith("名詞-接尾-助数詞")
				&& !t.pos.startsWith("名詞-接尾-副詞可能") || t.pos.startsWith("接頭詞-名詞接続");
	}

	private static boolean isJoiner(Token t) {
		return t.text.equals("・") || t.text.equals("＆") || t.text.equals("&");
	}

	private static int count(String text, String needle) {
		int n = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
			n++;
		}
		return n;
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

	/**
	 * The one mention of 株式会社X: the whole line when it ends there (a signature), else the nouns kuromoji reads
	 * after the legal form (株式会社かもめ化成では → かもめ化成), else the text up to the first particle.
	 */
	private static String single(String text, List<Token> tokens, int from, String tail) {
		int lineEnd = text.indexOf('\n', from);
		if (text.substring(from, lineEnd < 0 ? text.length() : lineEnd).strip().equals(tail)) {
			return tail;
		}
		int end = from;
		for (Token t : tokens) {
			if (t.start < end) {
				continue;
			}
			if (t.start != end || !isNamePart(t) && !t.pos.startsWith("名詞-接尾") && !isJoiner(t)) {
				break;
			}
			end = t.end;
		}
		String run = text.substring(from, end);
		return run.length() >= 2 && tail.startsWith(run) ? run : cutAtParticle(tail);
	}

	private static String cutAtParticle(String tail) {
		for (int i = 1; i < tail.length(); i++) {
			if (PARTICLES.indexOf(tail.charAt(i)) >= 0) {
				return tail.substring(0, i);
			}
		}
		return tail;
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
			tokenizer.setReader(new StringReader(text));
			OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
			PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
			tokenizer.reset();
			while (tokenizer.incrementToken()) {
				int start = offset.startOffset();
				int end = offset.endOffset();
				tokens.add(new Token(text.substring(start, end), pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech(),
						start, end));
			}
			tokenizer.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringReader does not fail
		}
		return tokens;
	}

	private record Token(String text, String pos, int start, int end) {
	}

	/** How a candidate was found, most certain first: a tie goes to the earlier kind. */
	private enum Kind {
		LEGAL_FORM(0.9, 0.8, 0.65), PUBLIC_BODY(0.8, 0.7, 0.55), ANNOUNCER(0.6, 0.55, 0.45);

		private final double three;
		private final double two;
		private final double one;

		Kind(double three, double two, double one) {
			this.three = three;
			this.two = two;
			this.one = one;
		}

		double confidence(int mentions) {
			return mentions >= 3 ? three : mentions == 2 ? two : one;
		}
	}

	private record Candidate(String name, int start, int mentions, Kind kind) {
	}
}
