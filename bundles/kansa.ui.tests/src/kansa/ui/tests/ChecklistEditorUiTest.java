package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.ui.checklist.internal.editor.ChecklistEditorPart;
import kansa.ui.checklist.internal.handlers.DeriveChecklistHandler;

/**
 * The checklist editor in the running workbench: a checklist derived from the ISMS catalog into the workspace,
 * an item renamed as the in-place editor does, undone and redone with the workbench's commands, moved as a drop
 * does, saved, reopened and found changed.
 */
class ChecklistEditorUiTest extends WorkspaceUiTest {

	@Test
	void renameUndoRedoMoveSaveAndReopen() throws Exception {
		Checklist derived = DeriveChecklistHandler.derive(fx.workspace, fx.ismsChecklist(), "テスト用 ISMS チェックリスト");
		assertTrue(fx.workspace.hasChecklist(derived.id()));
		ChecklistEditorPart editor = fx.openChecklist(derived.id());
		assertFalse(editor.isDirty());
		ChecklistEditorPage page = new ChecklistEditorPage(editor);

		ChecklistItem first = derived.items().findFirst().orElseThrow();
		page.rename(first.id(), "方針の確認（改）");
		assertEquals("方針の確認（改）", title(editor, first.id()));
		assertEquals(first.title().en(), editor.checklist().item(first.id()).orElseThrow().title().en(),
				"the English title is kept");
		assertTrue(editor.isDirty());
		assertEquals("方針の確認（改）", page.tree().getItem(0).getItem(0).getText(1),
				"the tree shows the new title");

		command("org.eclipse.ui.edit.undo");
		assertEquals(first.title().ja(), title(editor, first.id()));
		assertFalse(editor.isDirty());
		command("org.eclipse.ui.edit.redo");
		assertEquals("方針の確認（改）", title(editor, first.id()));

		// drop the first item after the last item of the second section
		Section second = derived.sections().get(1);
		ChecklistItem target = second.items().get(second.items().size() - 1);
		var move = editor.dropCommand(first, target, ViewerDropAdapter.LOCATION_AFTER).orElseThrow();
		assertTrue(editor.execute(move));
		List<ChecklistItem> moved = section(editor.checklist(), second.id()).items();
		assertEquals(first.id(), moved.get(moved.size() - 1).id());

		command("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());
		assertTrue(editor.reveal(first.id()));
		Screenshots.saveIfAsked(fx.window.getShell(), "checklist-editor.png");
		fx.page.closeEditor(editor, false);

		Checklist onDisk = fx.workspace.loadChecklist(derived.id());
		assertEquals("方針の確認（改）", onDisk.item(first.id()).orElseThrow().title().ja());
		ChecklistEditorPart reopened = fx.openChecklist(derived.id());
		List<ChecklistItem> items = section(reopened.checklist(), second.id()).items();
		assertEquals(first.id(), items.get(items.size() - 1).id());
		assertFalse(reopened.isDirty());
	}

	private static String title(ChecklistEditorPart editor, String itemId) {
		return editor.checklist().item(itemId).orElseThrow().title().ja();
	}

	private static Section section(Checklist c, String id) {
		return c.sections().stream().flatMap(Section::allSections).filter(s -> s.id().equals(id)).findFirst()
				.orElseThrow();
	}

	private void command(String id) throws Exception {
		fx.window.getService(IHandlerService.class).executeCommand(id, null);
		UiWait.settle(20);
	}
}
