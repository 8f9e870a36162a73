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
}
