package kansa.incidents.extract.internal;

import java.util.List;

import kansa.incidents.extract.internal.DateScanner.DateMention;

/**
 * The text around a position, as a reader would take it: the sentence it stands in, and for a date, the clause
 * it introduces — up to the end of the sentence or the next date. A date alone on a line (a notice's timeline)
 * introduces the next line.
 */
public final class Context {

	private final String text;

	public Context(String text) {
		this.text = text;
	}

	public String text() {
		return text;
	}

	public int sentenceStart(int pos) {
		int i = pos;
		while (i > 0 && !isBoundary(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	public int sentenceEnd(int pos) {
		int i = pos;
		while (i < text.length() && !isBoundary(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** The sentence around a position (boundaries: 。 and line ends). */
	public String sentence(int start, int end) {
		return text.substring(sentenceStart(start), sentenceEnd(end));
	}

	/** Text before a date within its sentence. */
	public String before(DateMention d) {
		return text.substring(sentenceStart(d.start()), d.start());
	}

	/** The clause a date introduces: to the end of its sentence or the next date; a bare date takes the next line. */
	public String after(DateMention d, List<DateMention> all) {
		int from = d.end();
		int lineEnd = text.indexOf('\n', from);
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		if (text.substring(from, lineEnd).isBlank() && lineEnd < text.length()) {
			from = lineEnd + 1; // timeline layout: date on its own line
		}
		int end = sentenceEnd(from);
		for (DateMention other : all) {
			if (other.start() >= from && other.start() < end && startsClause(other)) {
				end = other.start();
				break;
			}
		}
		return text.substring(from, end);
	}

	/** The end of the clause starting at a position; text after a bare date on its own line is the next line. */
	public int clauseEnd(int pos) {
		int lineEnd = text.indexOf('\n', pos);
		if (lineEnd >= 0 && text.substring(pos, lineEnd).isBlank()) {
			return sentenceEnd(lineEnd + 1);
		}
		return sentenceEnd(pos);
	}

	/** A date that says when something happened (2019年2月20日に…), not one that qualifies a noun (10月末の会員情報). */
	public boolean introducesEvent(DateMention d) {
		if (d.start() > 0 && "「『(（".indexOf(text.charAt(d.start() - 1)) >= 0) {
			return false;
		}
		String next = text.substring(d.end(), Math.min(text.length(), d.end() + 2));
		return next.isEmpty() || next.startsWith("に") || next.startsWith("、") || next.startsWith(",")
				|| next.startsWith("頃") || next.startsWith("ごろ") || next.startsWith("以降") || next.startsWith("から")
				|| Character.isWhitespace(next.charAt(0));
	}

	/** 「2017年末に…」 quoted inside an event does not start a new one; 、3月1日に… does. */
	private boolean startsClause(DateMention d) {
		char before = d.start() == 0 ? '\n' : text.charAt(d.start() - 1);
		String next = text.substring(d.end(), Math.min(text.length(), d.end() + 2));
		return "、,，\n ".indexOf(before) >= 0 || next.startsWith("に") || next.startsWith("、");
	}

	/** The start and end of each line that is not blank: a notice's heading block and close are its first and last. */
	static List<int[]> lines(String text) {
		List<int[]> lines = new java.util.ArrayList<>();
		for (int s = 0; s < text.length();) {
			int e = text.indexOf('\n', s);
			e = e < 0 ? text.length() : e;
			if (!text.substring(s, e).isBlank()) {
				lines.add(new int[] { s, e });
			}
			s = e + 1;
		}
		return lines;
	}

	private static boolean isBoundary(char c) {
		return c == '。' || c == '\n' || c == '!' || c == '?' || c == '！' || c == '？';
	}
}
