package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kansa.ui.internal.StartupOptions;

/** Every start-up option, alone, together, from the environment, and wrong: a bad one is named, never fatal. */
class StartupOptionsTest {

	private static StartupOptions parse(String... args) {
		return StartupOptions.parse(args, Map.of());
	}

	@Test
	void noOptionsMeanTheLastWorkspaceAndNothingElse() {
		StartupOptions o = parse();
		assertEquals(new StartupOptions(null, null, null, null, false, List.of()), o);
	}

	@Test
	void everyOptionIsRead() {
		StartupOptions o = parse("-kansa.workspace", "/tmp/kansa/../audits", "-kansa.open", "a-2026/5.1.2",
				"-kansa.command", "kansa.ui.audit.report", "-kansa.timing");
		assertEquals(Path.of("/tmp/audits"), o.workspace(), "absolute and normalised");
		assertEquals("a-2026", o.openAudit());
		assertEquals("5.1.2", o.openItem());
		assertEquals("kansa.ui.audit.report", o.command());
		assertTrue(o.timing());
		assertEquals(List.of(), o.problems());
	}

	@Test
	void aRelativeWorkspaceIsResolvedFromTheCurrentFolder() {
		assertEquals(Path.of("").toAbsolutePath().resolve("ws"), parse("-kansa.workspace", "ws").workspace());
	}

	@Test
	void theOthersOptionsAreLeftAlone() {
		StartupOptions o = parse("-showlocation", "-data", "/x", "-kansa.timing", "--launcher.appendVmargs");
		assertTrue(o.timing());
		assertNull(o.workspace());
		assertEquals(List.of(), o.problems());
	}

	@Test
	void anAuditWithoutAnItemOpensTheAudit() {
		StartupOptions audit = parse("-kansa.open", "a-1");
		assertEquals("a-1", audit.openAudit());
		assertNull(audit.openItem());
		StartupOptions trailingSlash = parse("-kansa.open", "a-1/");
		assertEquals("a-1", trailingSlash.openAudit());
		assertNull(trailingSlash.openItem());
		assertEquals("A.5/1", parse("-kansa.open", "a-1/A.5/1").openItem(), "the first slash splits");
	}

	@Test
	void anItemWithoutAnAuditIsAProblem() {
		StartupOptions o = parse("-kansa.open", "/5.1");
		assertNull(o.openAudit());
		assertNull(o.openItem());
		assertEquals(1, o.problems().size());
		assertTrue(o.problems().get(0).contains("-kansa.open"), o.problems().toString());
	}

	@Test
	void theEnvironmentGivesTheWorkspaceUnlessTheOptionDoes() {
		Map<String, String> env = Map.of("KANSA_WORKSPACE", "/srv/kansa");
		assertEquals(Path.of("/srv/kansa"), StartupOptions.parse(new String[0], env).workspace());
		assertEquals(Path.of("/opt/other"),
				StartupOptions.parse(new String[] { "-kansa.workspace", "/opt/other" }, env).workspace());
		assertNull(StartupOptions.parse(new String[0], Map.of("KANSA_WORKSPACE", "  ")).workspace(),
				"a blank variable is no workspace");
	}

	@Test
	void anOptionWithoutItsValueIsNamedAndDoesNotEatTheNextOption() {
		for (String option : List.of("-kansa.workspace", "-kansa.open", "-kansa.command")) {
			StartupOptions last = parse(option);
			assertEquals(1, last.problems().size(), option + " at the end");
			assertTrue(last.problems().get(0).contains(option), last.problems().toString());

			StartupOptions followed = parse(option, "-kansa.timing");
			assertTrue(followed.timing(), option + " must not take -kansa.timing as its value");
			assertNull(followed.workspace());
			assertNull(followed.openAudit());
			assertNull(followed.command());
			assertEquals(1, followed.problems().size());

			assertEquals(1, parse(option, "").problems().size(), option + " with an empty value");
		}
	}

	@Test
	void aFolderThatCannotBeAPathIsNamedNotThrown() {
		StartupOptions o = parse("-kansa.workspace", "/tmp/bad\0name", "-kansa.timing");
		assertNull(o.workspace());
		assertTrue(o.timing(), "the other options still count");
		assertEquals(1, o.problems().size());
		assertTrue(o.problems().get(0).contains("/tmp/bad?name"), o.problems().toString());

		StartupOptions fromEnv = StartupOptions.parse(new String[0], Map.of("KANSA_WORKSPACE", "x\0y"));
		assertNull(fromEnv.workspace());
		assertTrue(fromEnv.problems().get(0).contains("KANSA_WORKSPACE"), fromEnv.problems().toString());
	}

	@Test
	void theLastOfARepeatedOptionWins() {
		StartupOptions o = parse("-kansa.command", "a", "-kansa.command", "b");
		assertEquals("b", o.command());
		assertFalse(o.timing());
	}
}
