package kansa.cli.internal;

import java.io.PrintStream;

/**
 * What the command line prints, made harmless for a terminal: text from audits and files (a client name, a
 * statement, a file name) may hold escape sequences that retitle or clear the auditor's terminal, a carriage
 * return that overwrites the line, or bidi controls that make {@code txt.exe} read as {@code exe.txt}. Such
 * characters are shown escaped ({@code \x1B}, {@code \u202E}); line feeds, tabs and CR LF pairs are printed as
 * they are. A CR LF split across two prints shows its CR escaped. Bytes written directly (binary output) pass unchanged.
 */
final class TerminalText extends PrintStream {

	TerminalText(PrintStream target) {
		super(target, true, target.charset());
	}

	/** Escapes what a terminal would act on; {@code null} when nothing needs escaping. */
	static String escape(String s) {
		StringBuilder b = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			String e = escape(c, i + 1 < s.length() ? s.charAt(i + 1) : '\n');
			if (e != null && b == null) {
				b = new StringBuilder(s.length() + 16).append(s, 0, i);
			}
			if (b != null) {
				if (e == null) {
					b.append(c);
				} else {
					b.append(e);
				}
			}
		}
		return b == null ? null : b.toString();
	}

	private static String escape(char c, char next) {
		if (c == '\n' || c == '\t' || (c == '\r' && next == '\n')) {
			return null;
		}
		if (c < 0x20 || c == 0x7F) {
			return String.format("\\x%02X", (int) c);
		}
		if ((c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
				|| c == 0x200E || c == 0x200F || c == 0x061C) {
			return String.format("\\u%04X", (int) c);
		}
		return null;
	}

	@Override
	public synchronized void print(String s) {
		String text = String.valueOf(s);
		String escaped = escape(text);
		super.print(escaped == null ? text : escaped);
	}

	@Override
	public void print(char c) {
		print(String.valueOf(c));
	}

	@Override
	public void print(char[] s) {
		print(new String(s));
	}

	@Override
	public void print(Object o) {
		print(String.valueOf(o));
	}
}
