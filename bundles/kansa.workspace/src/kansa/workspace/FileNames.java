package kansa.workspace;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a file name chosen by someone else (an e-mail attachment, a photo from a phone) into one that is safe to
 * create inside an audit folder on Windows, macOS and Linux: no folders, no traversal, no reserved names.
 */
public final class FileNames {

	private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
			"LPT8", "LPT9");

	/** Generous for Japanese names, well inside the 255-byte limit of common file systems. */
	private static final int MAX_CHARS = 80;

	private FileNames() {
	}

	public static String sanitize(String name) {
		String n = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
		n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
		StringBuilder b = new StringBuilder();
		n.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 || c == 0x7f || "<>:\"|?*".indexOf(c) >= 0 ? '_' : c));
		n = b.toString().strip();
		while (n.endsWith(".") || n.endsWith(" ")) {
			n = n.substring(0, n.length() - 1);
		}
		while (n.startsWith(".")) {
			n = n.substring(1); // no hidden files, no "..", no ".tmp" look-alikes of our own temp files
		}
		String stem = n.contains(".") ? n.substring(0, n.indexOf('.')) : n;
		if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
			n = "_" + n;
		}
		if (n.isEmpty()) {
			n = "file";
		}
		return shorten(n);
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
