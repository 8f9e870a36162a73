package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Hostile or broken workspace files seen from the command line: one line naming the file, exit 1, nothing lost. */
class WorkspaceFilesCommandTest extends KansaCli {

	@Test
	void aBrokenWorkspaceMarkerIsOneLineAndExitOne() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "m1"),
				err());
		Path marker = dir.resolve("kansa-workspace/kansa-workspace.json");
		for (String content : new String[] { "{\"schemaVersion\": 999}", "{\"schemaVersion\": 1, \"crea",
				"\u0000\u0000" }) {
			Files.writeString(marker, content);
			assertEquals(1, kansa("audit", "list"), content);
			assertEquals(1, err().lines().count(), err());
			assertTrue(err().contains("kansa-workspace.json"), err());
			assertEquals(1, kansa("audit", "set", "m1", "5.1", "--verdict", "適合"));
			assertEquals(content, Files.readString(marker), "left as it was");
		}
	}

	@Test
	void workspaceCheckReportsWhatACrashLeftAndAStrayFileCanBeAttachedWhereItIs() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "m1"),
				err());
		Files.writeString(dir.resolve("規程.pdf"), "規程");
		assertEquals(0, kansa("audit", "evidence", "m1", "4.1", "規程.pdf"), err());
		Path evidence = dir.resolve("kansa-workspace/audits/m1/evidence");
		// as a kill leaves them: an evidence copy half done, one moved in but not recorded, a save half written
		Files.writeString(evidence.resolve(".incoming.12345.tmp"), "half");
		Files.writeString(evidence.resolve("写真.jpg"), "copied in just before the kill");
		Files.writeString(dir.resolve("kansa-workspace/audits/m1/.audit.json.987.tmp"), "{\"schemaVersion\"");

		assertEquals(1, kansa("workspace", "check"), err());
		assertTrue(out().contains("removed: 2"), out());
		assertTrue(out().contains("not recorded  evidence/写真.jpg"), out());
		assertEquals(0, kansa("audit", "show", "m1"), err());
		assertTrue(out().contains("not recorded: 1") && out().contains("  evidence/写真.jpg\n"), out());

		assertEquals(0, kansa("audit", "evidence", "m1", "4.1", "kansa-workspace/audits/m1/evidence/写真.jpg"), err());
		assertTrue(out().contains("evidence/写真.jpg  sha256"), "recorded where it is, not copied beside: " + out());
		assertEquals(0, kansa("workspace", "check"), out());
		assertTrue(out().contains("no problems found"), out());
		try (var files = Files.list(evidence)) {
			assertEquals(2, files.count(), "規程.pdf and 写真.jpg, no copy");
		}
	}

	@Test
	void namesWindowsReservesAreRefusedOrMadeSafe() throws Exception {
		assertEquals(1, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "CON"));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().contains("Windows"), err());
		assertTrue(!Files.exists(dir.resolve("kansa-workspace/audits/CON")));

		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "w1"),
				err());
		Files.writeString(dir.resolve("COM\u00b9.txt"), "x");
		assertEquals(0, kansa("audit", "evidence", "w1", "4.1", "COM\u00b9.txt"), err());
		assertTrue(out().startsWith("4.1: evidence/_COM\u00b9.txt"), out());
	}
}
