package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * Client names and statements holding terminal escape sequences (retitle the window, clear the screen) or bidi
 * controls: the control characters are dropped when the audit is recorded, and what `audit list` / `audit show`
 * print never carries a raw control character, also when the audit file was written by another program.
 */
class TerminalHygieneTest extends KansaCli {

	private static final String RETITLE = "\u001b]0;pwned\u0007";
	private static final String CLEAR = "\u001b[2J\u001b[H";
	private static final String CSI = "\u009b31m";
	private static final String RLO = "\u202e";

	@Test
	void escapeSequencesNeverReachTheTerminal() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", RETITLE + "株式会社テスト" + CLEAR,
				"--id", "t1"));
		assertEquals(0, kansa("audit", "finding", "t1", "A.5.18", "--grade", "軽微な不適合", "--statement",
				"退職者の" + CSI + "アカウント" + RLO + "txt.exe", "--request", "削除する" + CLEAR));
		assertEquals(0, kansa("audit", "list"));
		assertClean(out());
		assertTrue(out().contains("]0;pwned株式会社テスト[2J[H"), "the text itself stays, without its controls: " + out());
		assertEquals(0, kansa("audit", "show", "t1"));
		assertClean(out());

		// a file edited by another program keeps its controls on disk; printing still escapes them
		var file = dir.resolve("kansa-workspace/audits/t1/audit.json");
		String json = Files.readString(file);
		Files.writeString(file, json.replace("株式会社テスト", "株式会社テスト\\u202e\\u001b[2J"));
		assertEquals(0, kansa("audit", "list"));
		assertClean(out());
		assertTrue(out().contains("株式会社テスト\\u202E"), "bidi controls are shown escaped: " + out());
	}

	private static void assertClean(String printed) {
		for (int i = 0; i < printed.length(); i++) {
			char c = printed.charAt(i);
			boolean control = (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F)
					|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
			assertFalse(control, String.format("U+%04X printed raw at %d: %s", (int) c, i, printed));
		}
	}
}
