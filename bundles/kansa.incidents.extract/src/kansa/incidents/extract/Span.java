package kansa.incidents.extract;

/**
 * Where in the article a value was read: character offsets into the plain text, and the text itself (with
 * full-width digits and letters folded to half-width, one character for one, so the offsets still fit).
 */
public record Span(int start, int end, String text) {

	public static Span of(String article, int start, int end) {
		return new Span(start, end, article.substring(start, end));
	}
}
