package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kansa.checklist.Checklists;
import kansa.checklist.edit.ChecklistEditor;
import kansa.checklist.edit.EditException;
import kansa.checklist.edit.Edits;
import kansa.checklist.edit.Items;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

class EditorTest {

	private static List<String> ids(Checklist c) {
		return c.items().map(ChecklistItem::id).toList();
	}

	@Test
	void addEditMoveDeleteAndUndoEverything() throws Exception {
		Checklist start = Fixtures.itaku();
		ChecklistEditor editor = new ChecklistEditor(start);
		List<Checklist> seen = new ArrayList<>();
		editor.addListener(seen::add);

		editor.execute(Edits.addSection(null, -1, new Section("s3", "3", LocalizedText.ja("事故時の対応"), List.of(), List.of())));
		editor.execute(Edits.addItem("s3", 0, Fixtures.item("3.1", "事故の報告期限を決めていますか。")));
		editor.execute(Edits.editItem("1.2", "質問を変更",
				i -> Items.withQuestions(i, List.of(LocalizedText.ja("委託先評価表を毎年更新していますか。")))));
		editor.execute(Edits.moveItem("2.2", "s1", 0));
		editor.execute(Edits.deleteItem("2.1"));
		editor.execute(Edits.moveSection("s2.3", null, 0));

		Checklist c = editor.current();
		assertEquals(List.of("2.3.1", "2.2", "1.1", "1.2", "3.1"), ids(c));
		assertEquals("委託先評価表を毎年更新していますか。", c.item("1.2").orElseThrow().questions().get(0).ja());
		assertEquals(6, seen.size());
		assertEquals("セクション s2.3 を移動 / move section", editor.undoLabel());

		for (int k = 0; k < 6; k++) {
			editor.undo();
		}
		assertEquals(start, editor.current(), "six undos restore the start");
		assertFalse(editor.canUndo());
		editor.redo();
		editor.redo();
		assertTrue(editor.current().item("3.1").isPresent());
		editor.execute(Edits.deleteSection("s3"));
		assertFalse(editor.canRedo(), "a new step clears the redo stack");
	}

	@Test
	void refusedStepsChangeNothingAndSayWhy() throws Exception {
		ChecklistEditor editor = new ChecklistEditor(Fixtures.itaku());
		Checklist before = editor.current();
		EditException dup = assertThrows(EditException.class,
				() -> editor.execute(Edits.addItem("s1", -1, Fixtures.item("2.1", "重複"))));
		assertTrue(dup.getMessage().contains("2.1"), dup.getMessage());
		assertThrows(EditException.class, () -> editor.execute(Edits.moveItem("9.9", "s1", 0)));
		assertThrows(EditException.class, () -> editor.execute(Edits.moveSection("s2", "s2.3", 0)));
		EditException badTitle = assertThrows(EditException.class, () -> editor.execute(
				Edits.editItem("1.1", "題名を空に", i -> Items.withTitle(i, LocalizedText.EMPTY))));
		assertTrue(badTitle.getMessage().contains("title"), badTitle.getMessage());
		assertSame(before, editor.current());
		assertFalse(editor.canUndo());
	}

	@Test
	void renumberChangesNumbersButKeepsIds() throws Exception {
		ChecklistEditor editor = new ChecklistEditor(Fixtures.itaku());
		editor.execute(Edits.moveItem("2.2", "s1", 0));
		editor.execute(Edits.renumber());
		Checklist c = editor.current();
		assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "2.2.1"),
				c.items().map(ChecklistItem::number).toList());
		assertEquals(List.of("2.2", "1.1", "1.2", "2.1", "2.3.1"), ids(c));
		assertEquals("2.2", c.sections().get(1).sections().get(0).number(), "sub-sections continue after the items");
	}

	@Test
	void notApplicableIsPerScopeAndUndoable() throws Exception {
		ChecklistEditor editor = new ChecklistEditor(Fixtures.itaku());
		editor.execute(Edits.markNotApplicable("2.2", "大阪支店", "再委託していない"));
		editor.execute(Edits.markNotApplicable("2.2", "大阪支店", "再委託を禁止している"));
		ChecklistItem i = editor.current().item("2.2").orElseThrow();
		assertEquals(1, i.notApplicable().size(), "the same scope is replaced, not repeated");
		assertEquals("再委託を禁止している", i.notApplicable().get(0).reason());
		assertFalse(i.isApplicable("大阪支店"));
		assertTrue(i.isApplicable("本社"));
		editor.execute(Edits.clearNotApplicable("2.2", "大阪支店"));
		assertTrue(editor.current().item("2.2").orElseThrow().isApplicable("大阪支店"));
		editor.undo();
		assertFalse(editor.current().item("2.2").orElseThrow().isApplicable("大阪支店"));
	}

	@Test
	void deriveKeepsIdsAndNamesTheSource() {
		Checklist source = Fixtures.itaku();
		Checklist derived = Checklists.derive(source, "itaku-client-a", LocalizedText.ja("A社向け"),
				i -> !i.id().startsWith("2.3"));
		assertEquals("itaku@1.0", derived.derivedFrom());
		assertEquals(Checklists.FIRST_VERSION, derived.version());
		assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), ids(derived));
		assertEquals(source.item("2.1"), derived.item("2.1"), "items come over unchanged, ids included");
		assertTrue(derived.sections().get(1).sections().isEmpty(), "an emptied section is dropped");
		Checklist empty = Checklists.create("mine", LocalizedText.ja("自社"), "");
		assertEquals(0, empty.itemCount());
	}

	@Test
	void nextVersionCountsUp() {
		assertEquals("1.1", Checklists.nextVersion("1.0"));
		assertEquals("1.10", Checklists.nextVersion("1.9"));
		assertEquals("3", Checklists.nextVersion("2"));
		assertEquals("2026-r2", Checklists.nextVersion("2026-r1"));
		assertEquals("初版.1", Checklists.nextVersion("初版"));
	}
}
