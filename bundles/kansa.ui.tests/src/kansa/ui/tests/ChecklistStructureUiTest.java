package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.ui.checklist.internal.editor.ChecklistEditorPart;
import kansa.ui.checklist.internal.handlers.DeriveChecklistHandler;

/**
 * The tree's structure steps as the user takes them: Insert adds an item after the selection, the context menu
 * adds a section, Delete deletes, the menu renumbers, and four undos give back the tree as it was.
 */
class ChecklistStructureUiTest extends WorkspaceUiTest {

	@Test
	void addDeleteRenumberAndUndo() throws Exception {
		Checklist derived = DeriveChecklistHandler.derive(fx.workspace, fx.ismsChecklist(), "構造テスト");
		ChecklistEditorPart editor = fx.openChecklist(derived.id());
		ChecklistEditorPage page = new ChecklistEditorPage(editor);
		List<String> shownAtFirst = page.lines();
		Section firstSection = derived.sections().get(0);
		ChecklistItem first = firstSection.items().get(0);

		page.select(first.id()).addItem();
		List<ChecklistItem> items = page.items(firstSection.id());
		assertEquals(firstSection.items().size() + 1, items.size());
		ChecklistItem added = items.get(1);
		assertEquals("新しい項目", added.title().ja(), "the new item comes right after the selected one");
		assertFalse(derived.item(added.id()).isPresent(), "a fresh id");

		page.addSection();
		assertEquals(derived.sections().size() + 1, page.sections().size());
		assertEquals("新しいセクション", page.sections().get(1).title().ja(),
				"the new section follows the selected item's section");

		page.select(first.id()).deleteSelected();
		assertFalse(page.shows(first.id()));
		page.renumber();
		assertEquals("1.1", page.items(firstSection.id()).get(0).number());

		for (int k = 0; k < 4; k++) {
			fx.window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		}
		UiWait.settle(20);
		assertEquals(shownAtFirst, page.lines(), "four undos give back the derived checklist");
		assertEquals(derived, editor.checklist());
		assertFalse(editor.isDirty());
		assertTrue(page.shows(first.id()));
	}
}
