package kansa.workspace;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns a file name chosen by someone else (an e-mail attachment, a photo from a phone) into one that is safe to
 * create inside an audit folder on Windows, macOS and Linux: no folders, no traversal, no reserved names.
 */
public final class FileNames {

	/**
	 * Device names Windows reserves in every folder, whatever the extension: COM and LPT also with the superscript
	 * digits ¹²³, which Windows treats as digits.
	 */
	private static final Pattern WINDOWS_RESERVED = Pattern.compile(
			"(CON|PRN|AUX|NUL|COM[1-9\u00b9\u00b2\u00b3]|LPT[1-9\u00b9\u00b2\u00b3]|CONIN\\$|CONOUT\\$)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Generous for Japanese names, well inside the 255-byte limit of common file systems. */
	private static final int MAX_CHARS = 80;

	private FileNames() {
	}

	public static String sanitize(String name) {
		String n = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
		n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
		StringBuilder b = new StringBuilder();
		n.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 || c == 0x7f || "<>:\"|?*".indexOf(c) >= 0
				|| isBidiControl(c) ? '_' : c));
		n = b.toString().strip();
		while (n.endsWith(".") || n.endsWith(" ")) {
			n = n.substring(0, n.length() - 1);
		}
		while (n.startsWith(".")) {
			n = n.substring(1); // no hidden files, no "..", no ".tmp" look-alikes of our own temp files
		}
		if (isReservedOnWindows(n)) {
			n = "_" + n;
		}
		if (n.isEmpty()) {
			n = "file";
		}
		return shorten(n);
	}

	/**
	 * Whether Windows treats the name as a device (CON, NUL, COM1, CONIN$, ...): with any extension, and with the
	 * spaces and dots Windows ignores before it ({@code "con .txt"} is CON). The same answer on every platform, so a
	 * workspace made anywhere can be copied to or synced with Windows.
	 */
	public static boolean isReservedOnWindows(String name) {
		int dot = name.indexOf('.');
		String stem = (dot >= 0 ? name.substring(0, dot) : name).replaceAll("[ .]+$", "");
		return WINDOWS_RESERVED.matcher(stem).matches();
	}

	/**
	 * Characters that reorder how the rest of a name is displayed (U+202E makes {@code "gpj.exe"} show as
	 * {@code "exe.jpg"}): never in a name Kansa creates.
	 */
	static boolean isBidiControl(int c) {
		return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c;
	}

	private static String shorten(String n) {
		if (n.codePointCount(0, n.length()) <= MAX_CHARS) {
			return n;
		}
		int dot = n.lastIndexOf('.');
		String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
		String stem = n.substring(0, n.length() - ext.length());
		int keep = MAX_CHARS - ext.length();
		return stem.substring(0, stem.offsetByCodePoints(0, keep)) + ext;
	}
}
