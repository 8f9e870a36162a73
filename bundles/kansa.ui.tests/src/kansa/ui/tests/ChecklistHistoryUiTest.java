package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kansa.checklist.edit.Edits;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.editor.ChecklistEditorPart;
import kansa.ui.checklist.internal.handlers.DeriveChecklistHandler;
import kansa.ui.checklist.internal.history.DiffRows;
import kansa.ui.checklist.internal.history.HistoryDialog;

/**
 * 新しい版として保存 and 履歴と差分: a derived checklist saved as version 1.1 with an item renamed, one deleted and one
 * moved; the history lists both versions and their diff shows the title field old → new, the removal and the move;
 * one version against the editor shows an edit not saved yet.
 */
class ChecklistHistoryUiTest extends WorkspaceUiTest {

	private HistoryDialog dialog;

	@AfterEach
	void closeDialog() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
	}

	@Test
	void twoVersionsShowTheEditedFieldAndTheEditorsChanges() throws Exception {
		Checklist derived = DeriveChecklistHandler.derive(fx.workspace, fx.ismsChecklist(), "履歴テスト");
		ChecklistEditorPart editor = fx.openChecklist(derived.id());
		ChecklistItem first = derived.items().findFirst().orElseThrow();
		ChecklistEditorPage page = new ChecklistEditorPage(editor);
		page.rename(first.id(), "情報セキュリティ方針（改訂）");
		Section top = derived.sections().get(0);
		ChecklistItem dropped = top.items().get(2);
		page.select(dropped.id()).deleteSelected();
		ChecklistItem moved = top.items().get(3);
		// a move is a drag and drop, which SWT events cannot stage: the edit the drop makes
		assertTrue(editor.execute(Edits.moveItem(moved.id(), derived.sections().get(1).id(), 0)));
		assertTrue(editor.saveAsNewVersion("1.1", "方針の項目名を改訂、重複項目を整理"));
		assertEquals(List.of(derived.version(), "1.1"), fx.workspace.checklistVersions(derived.id()));
		assertEquals("1.1", fx.workspace.loadChecklist(derived.id()).version());

		ChecklistItem second = top.items().get(1);
		page.select(second.id()).deleteSelected();
		assertTrue(editor.isDirty(), "an edit not saved yet");

		dialog = editor.historyDialog(false);
		HistoryDialogPage history = new HistoryDialogPage(dialog.getShell());
		UiWait.until(history::isLoaded, () -> "the kept versions");
		assertEquals(List.of(NLS.bind(Messages.History_current, "1.1"), "1.1", derived.version()),
				history.versionLabels());

		history.select(1, 2);
		UiWait.settle(50);
		DiffRows.Row renamed = row(history, first.id(), first.number());
		assertEquals(DiffRows.Change.EDITED, renamed.change());
		DiffRows.Row title = renamed.children().stream().filter(f -> f.what().equals("項目名")).findFirst()
				.orElseThrow(() -> new AssertionError("title field in " + renamed.children()));
		assertEquals(first.title().ja(), title.before());
		assertEquals("情報セキュリティ方針（改訂）", title.after());
		assertEquals(DiffRows.Change.REMOVED, row(history, dropped.id(), dropped.number()).change());
		assertEquals(DiffRows.Change.MOVED, row(history, moved.id(), moved.number()).change());
		assertTrue(history.summary().contains("削除 1、移動 1、変更 1"), history.summary());
		Screenshots.saveIfAsked(dialog.getShell(), "checklist-history.png");

		history.select(1);
		UiWait.settle(50);
		assertEquals(DiffRows.Change.REMOVED, row(history, second.id(), second.number()).change(),
				"one version against the editor's unsaved content");
		assertFalse(history.rows().stream().anyMatch(r -> r.what().startsWith(first.number() + " ")),
				"the rename is in both");
	}

	private static DiffRows.Row row(HistoryDialogPage history, String id, String number) {
		return history.rows().stream().filter(r -> r.what().startsWith(number + " ")).findFirst()
				.orElseThrow(() -> new AssertionError(id + " not in " + history.rows()));
	}

}
