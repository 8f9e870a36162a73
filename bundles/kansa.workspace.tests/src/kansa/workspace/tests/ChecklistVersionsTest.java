package kansa.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.checklist.Checklist;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** Saving a new version of a checklist keeps every older one under checklists/<id>/<version>.json. */
class ChecklistVersionsTest {

	@TempDir
	Path dir;

	private static Checklist version(String v, String note) {
		Checklist c = WorkspaceTest.checklist();
		return new Checklist(c.id(), v, c.title(), c.standard(), c.edition(), c.description(), c.derivedFrom(), note,
				c.sections());
	}

	@Test
	void newVersionsKeepTheOldOnesInOrder() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		ws.saveChecklist(version("1.9", "初版"));
		ws.saveChecklist(version("1.10", "委託先の項目を追加"));
		ws.saveChecklist(version("2", "全面改訂"));
		assertEquals(List.of("1.9", "1.10", "2"), ws.checklistVersions("mine"));
		assertEquals("2", ws.loadChecklist("mine").version());
		assertEquals("委託先の項目を追加", ws.loadChecklist("mine", "1.10").changeNote());
		assertEquals(List.of("mine"), ws.checklistIds(), "the history folder is not a checklist");
	}

	@Test
	void aCurrentFileWithoutHistoryIsKeptBeforeItIsReplaced() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		// a file written before versions were kept: only checklists/mine.json
		byte[] old = KansaJson.write(version("1", "旧版"));
		Files.write(ws.root().resolve("checklists/mine.json"), old);
		ws.saveChecklist(version("2", "新版"));
		assertArrayEquals(old, Files.readAllBytes(ws.root().resolve("checklists/mine/1.json")));
		assertEquals("旧版", ws.loadChecklist("mine", "1").changeNote());
	}

	@Test
	void savingTheSameVersionAgainReplacesOnlyThatVersion() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		ws.saveChecklist(version("1", "a"));
		ws.saveChecklist(version("2", "b"));
		ws.saveChecklist(version("2", "b (修正)"));
		assertEquals(List.of("1", "2"), ws.checklistVersions("mine"));
		assertEquals("b (修正)", ws.loadChecklist("mine", "2").changeNote());
		assertEquals("a", ws.loadChecklist("mine", "1").changeNote());
	}

	@Test
	void unknownVersionNamesTheKeptOnes() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		ws.saveChecklist(version("1", "a"));
		WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.loadChecklist("mine", "7"));
		assertTrue(e.getMessage().contains("kept versions: 1"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ws.saveChecklist(version("../x", "")));
		assertTrue(ws.hasChecklist("mine"));
		assertEquals(LocalizedText.ja("自社チェックリスト"), ws.loadChecklist("mine", "1").title());
	}

	@Test
	void keptVersionsKnowWhenTheyWereSaved() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"));
		java.time.Instant before = java.time.Instant.now().minusSeconds(2);
		ws.saveChecklist(version("1", "a"));
		java.time.Instant saved = ws.checklistVersionSavedAt("mine", "1").orElseThrow();
		assertTrue(!saved.isBefore(before) && !saved.isAfter(java.time.Instant.now().plusSeconds(2)), saved::toString);
		assertTrue(ws.checklistVersionSavedAt("mine", "9").isEmpty());
	}

	@Test
	void versionsThatCannotNameAFileAreNotValid() {
		assertTrue(Workspace.isValidVersion("1.10") && Workspace.isValidVersion("第2版"));
		assertTrue(!Workspace.isValidVersion("../x") && !Workspace.isValidVersion("") && !Workspace.isValidVersion("1 0"));
	}
}
