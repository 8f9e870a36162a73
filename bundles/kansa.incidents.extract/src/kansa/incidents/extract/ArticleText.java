package kansa.incidents.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article as plain text: HTML (a page saved from a browser, a notice's source) loses its scripts, styles and
 * tags, block ends become line breaks and entities are decoded; plain text passes unchanged but for line ends.
 */
public final class ArticleText {

	private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?is)<(html|body|p|div|br|h[1-6]|article|table|span)[\\s>/]");
	private static final Pattern DROP = Pattern.compile("(?is)<(script|style|noscript|head|template)\\b.*?</\\1\\s*>|<!--.*?-->");
	private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|tr|dd|dt|section|article|table|ul|ol|blockquote)\\s*>|<(li|tr|p|h[1-6])(\\s[^>]*)?>");
	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

	private ArticleText() {
	}

	public static String plain(String article) {
		String text = article.replace("\r\n", "\n").replace('\r', '\n');
		if (!LOOKS_LIKE_HTML.matcher(text).find()) {
			return text;
		}
		text = DROP.matcher(text).replaceAll("");
		text = text.replace("\n", " ");
		text = BLOCK_END.matcher(text).replaceAll("\n");
		text = TAG.matcher(text).replaceAll("");
		text = decode(text);
		return text.replaceAll("[ \\t\\u00a0]+\\n", "\n").replaceAll("\\n[ \\t\\u00a0]+", "\n").replaceAll("\\n{3,}", "\n\n")
				.strip();
	}

	private static String decode(String text) {
		Matcher m = ENTITY.matcher(text);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			String e = m.group(1);
			String r = switch (e) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> " ";
				default -> {
					try {
						if (e.startsWith("#x")) {
							yield Character.toString(Integer.parseInt(e.substring(2), 16));
						}
						if (e.startsWith("#")) {
							yield Character.toString(Integer.parseInt(e.substring(1)));
						}
					} catch (IllegalArgumentException bad) {
						// not a character: keep the text as written
					}
					yield m.group();
				}
			};
			m.appendReplacement(b, Matcher.quoteReplacement(r));
		}
		m.appendTail(b);
		return b.toString();
	}
}
