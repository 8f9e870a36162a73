package kansa.office;

/**
 * Makes user text safe for a cell. Excel and LibreOffice treat text that starts with = + - @ (or a tab or CR,
 * which some importers strip) as a formula once the cell is edited or the sheet is saved as CSV; such text is
 * written as a string cell with a quote-prefixed style, the file-format equivalent of a leading apostrophe.
 * {@link UserTextCells} applies it to every cell of user text in the workbooks Kansa writes.
 */
public final class CellText {

	/** Excel's limit for the text of one cell. */
	public static final int MAX_LENGTH = 32_767;

	private static final String ELLIPSIS = "…";

	private CellText() {
	}

	/** Whether the text could be taken for a formula (the OWASP CSV-injection set plus full-width forms). */
	public static boolean needsQuotePrefix(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠' -> true;
			default -> false;
		};
	}

	/**
	 * The text as it goes into the cell: line breaks as LF (what Excel uses inside a cell), control characters that
	 * XML 1.0 cannot carry removed, unpaired surrogates removed, cut to Excel's cell limit.
	 */
	public static String clean(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				b.append('\n');
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			} else if (c == '\t' || c == '\n') {
				b.append(c);
			} else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || (c >= 0x7F && c <= 0x9F)) {
				continue; // not allowed in XML 1.0, or invisible C1 controls
			} else if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					b.append(c).append(text.charAt(++i));
				}
			} else if (!Character.isLowSurrogate(c)) {
				b.append(c);
			}
		}
		return truncate(b.toString());
	}

	private static String truncate(String s) {
		if (s.length() <= MAX_LENGTH) {
			return s;
		}
		int end = MAX_LENGTH - ELLIPSIS.length();
		if (Character.isLowSurrogate(s.charAt(end))) {
			end--; // keep the pair whole
		}
		return s.substring(0, end) + ELLIPSIS;
	}

	/**
	 * Text for a print header or footer: one line, '&' escaped (it starts a control code there), short enough for
	 * the 255-character limit of the whole header.
	 */
	public static String headerFooter(String text, int maxLength) {
		String oneLine = clean(text).replace('\n', ' ').replace('\t', ' ').strip();
		if (oneLine.length() > maxLength) {
			oneLine = oneLine.substring(0, maxLength - 1) + ELLIPSIS;
		}
		return oneLine.replace("&", "&&");
	}
}
