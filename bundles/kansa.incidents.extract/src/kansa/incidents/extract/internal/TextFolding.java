package kansa.incidents.extract.internal;

/**
 * Folds full-width ASCII (digits, letters, comma, slash, parentheses) and the ideographic space to their
 * half-width forms, one character for one, so that positions in the folded text are positions in the original.
 */
public final class TextFolding {

	private TextFolding() {
	}

	public static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF5E') {
				chars[i] = (char) (c - 0xFEE0);
			} else if (c == '\u3000') {
				chars[i] = ' ';
			}
		}
		return new String(chars);
	}
}
