package kansa.cli.internal;

/**
 * Pads text to a column width as a terminal shows it: Japanese (full-width) characters take two cells, so
 * String.format's padding would misalign every table with Japanese in it.
 */
public final class Columns {

	private Columns() {
	}

	public static String pad(String text, int cells) {
		String t = text == null ? "" : text;
		int width = width(t);
		return width >= cells ? t + " " : t + " ".repeat(cells - width);
	}

	public static int width(String text) {
		return text.codePoints().map(Columns::cells).sum();
	}

	private static int cells(int cp) {
		boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
				|| (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
				|| (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
		return wide ? 2 : 1;
	}
}
