package kansa.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.workspace.Workspace;

/** Ids and evidence names that would break on Windows are refused or made safe, on every platform. */
class PortableNamesTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "CON", "prn", "Aux.2026", "NUL", "COM1", "LPT9", "com1.audit", "a." })
	void newAuditsWithIdsWindowsReservesAreRefused(String id) throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ws.saveAudit(WorkspaceTest.audit(id)));
		assertTrue(e.getMessage().contains("'" + id + "'") && e.getMessage().contains("Windows"), e.getMessage());
		assertFalse(Files.exists(ws.root().resolve("audits").resolve(id)), "no folder made");
	}

	@Test
	void evidenceNamesAreMadeSafeOnEveryPlatform() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		ws.saveAudit(WorkspaceTest.audit("a1"));
		for (String[] c : new String[][] { { "CON", "evidence/_CON" }, { "COM\u00b9.txt", "evidence/_COM\u00b9.txt" },
				{ "CONIN$", "evidence/_CONIN$" }, { "con .txt", "evidence/_con .txt" },
				{ "請求書\u202Efdp.exe", "evidence/請求書_fdp.exe" } }) {
			Evidence e = ws.addEvidence("a1", c[0], new ByteArrayInputStream(new byte[] { 1 }), EvidenceKind.DOCUMENT, "",
					null);
			assertEquals(c[1], e.path(), c[0]);
			assertEquals(c[0], e.originalName(), "the original name is kept as it was, for the record");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "CON", "con .txt", "COM\u00b9", "CONIN$", "1.", "v1 ", "2\u202E1", "LPT\u00b3.1" })
	void namesThatBreakOnWindowsAreNotPortable(String name) {
		assertFalse(Workspace.isPortableName(name), name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.0", "CONTROL", "com10", "2026-04", "第2版", "console.1" })
	void ordinaryIdsAndVersionsArePortable(String name) {
		assertTrue(Workspace.isPortableName(name), name);
	}

	@Test
	void aVersionWindowsReservesIsRefusedForANewChecklist() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		kansa.core.checklist.Checklist c = WorkspaceTest.checklist();
		kansa.core.checklist.Checklist bad = new kansa.core.checklist.Checklist(c.id(), "COM\u00b9", c.title(),
				c.standard(), c.edition(), c.description(), c.derivedFrom(), c.changeNote(), c.sections());
		assertThrows(IllegalArgumentException.class, () -> ws.createChecklistVersion(bad));
		assertFalse(ws.hasChecklist(c.id()));
	}
}
