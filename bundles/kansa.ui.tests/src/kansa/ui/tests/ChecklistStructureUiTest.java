package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.ui.checklist.internal.editor.ChecklistEditorPart;
import kansa.ui.checklist.internal.handlers.DeriveChecklistHandler;

/** The tree's structure steps: add an item after the selection, add a section, delete, renumber, undo. */
class ChecklistStructureUiTest extends WorkspaceUiTest {

	@Test
	void addDeleteRenumberAndUndo() throws Exception {
		Checklist derived = DeriveChecklistHandler.derive(fx.workspace, fx.ismsChecklist(), "構造テスト");
		ChecklistEditorPart editor = fx.openChecklist(derived.id());
		Section firstSection = derived.sections().get(0);
		ChecklistItem first = firstSection.items().get(0);

		editor.treeViewer().setSelection(new StructuredSelection(first), true);
		assertTrue(editor.addItem());
		editor.treeViewer().cancelEditing();
		List<ChecklistItem> items = section(editor.checklist(), firstSection.id()).items();
		assertEquals(firstSection.items().size() + 1, items.size());
		ChecklistItem added = items.get(1);
		assertEquals("新しい項目", added.title().ja(), "the new item comes right after the selected one");
		assertFalse(derived.item(added.id()).isPresent(), "a fresh id");

		assertTrue(editor.addSection());
		editor.treeViewer().cancelEditing();
		assertEquals(derived.sections().size() + 1, editor.checklist().sections().size());
		assertEquals("新しいセクション", editor.checklist().sections().get(1).title().ja(),
				"the new section follows the selected item's section");

		editor.treeViewer().setSelection(new StructuredSelection(first), true);
		assertTrue(editor.deleteSelected());
		assertTrue(editor.checklist().item(first.id()).isEmpty());
		assertTrue(editor.renumber());
		assertEquals("1.1",
				section(editor.checklist(), firstSection.id()).items().get(0).number());

		for (int k = 0; k < 4; k++) {
			fx.window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		}
		UiWait.settle(20);
		assertEquals(derived, editor.checklist(), "four undos give back the derived checklist");
		assertFalse(editor.isDirty());
	}

	private static Section section(Checklist c, String id) {
		return c.sections().stream().flatMap(Section::allSections).filter(s -> s.id().equals(id)).findFirst()
				.orElseThrow();
	}
}
