package kansa.incidents.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import kansa.incidents.extract.Found;
import kansa.incidents.extract.Span;

/**
 * Finds what the organisation did or will do against a recurrence: the bullet points under a 再発防止 or 対策
 * heading, and sentences saying that measures were taken. Advice written by a third party (…が重要です,
 * …必要があります) is not a countermeasure of the organisation.
 */
final class Countermeasures {

	private static final Pattern HEADING = Pattern.compile("再発防止|今後の対策|対策につき|セキュリティ対策の強化につ");
	private static final Pattern BULLET = Pattern.compile("^\\s*[・●■◆\\-*]\\s*(.+)$");
	private static final Pattern TAKEN = Pattern.compile(
			"(対策|措置|施策)を(実施|講じ|強化)|(決済|サイト|サービス)[^。\\n]{0,10}(停止|閉鎖)し|を導入しました|に変更しました");
	private static final Pattern ADVICE = Pattern.compile("必要があ|重要|大切|でしょう|おすすめ|求められ|ましょう|べき|ものの");

	private Countermeasures() {
	}

	static List<Found<String>> find(String text) {
		List<Found<String>> found = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		int pos = 0;
		boolean underHeading = false;
		for (String line : lines) {
			var bullet = BULLET.matcher(line);
			if (HEADING.matcher(line).find() && line.strip().length() <= 30) {
				underHeading = true;
			} else if (underHeading && bullet.find()) {
				String item = bullet.group(1).strip();
				int start = pos + bullet.start(1);
				found.add(new Found<>(item, Span.of(text, start, start + bullet.group(1).length()), 0.8));
			} else if (underHeading && !found.isEmpty() && !line.isBlank()) {
				underHeading = false; // the list has ended
			}
			pos += line.length() + 1;
		}
		Context ctx = new Context(text);
		var m = TAKEN.matcher(text);
		while (m.find()) {
			int s = ctx.sentenceStart(m.start());
			int e = ctx.sentenceEnd(m.end());
			String sentence = text.substring(s, e).strip();
			if (!ADVICE.matcher(sentence).find() && found.stream().noneMatch(f -> f.value().equals(sentence))) {
				found.add(new Found<>(sentence, Span.of(text, s, e), 0.5));
			}
		}
		return found;
	}
}
