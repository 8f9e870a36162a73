package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.ui.audit.internal.editor.AuditEditor;
import kansa.ui.checklist.internal.editor.ChecklistEditorPart;
import kansa.ui.checklist.internal.handlers.DeriveChecklistHandler;

/**
 * Closing with several dirty Kansa editors asks about each editor in Kansa's own Japanese dialog (保存する /
 * 保存しない / キャンセル), never in the platform's English "Save Resources" list; each answer is honoured.
 */
class SavePromptUiTest extends WorkspaceUiTest {

	private static final Set<String> BUTTONS = Set.of("保存する", "保存しない", "キャンセル");

	@Test
	void closingTwoDirtyEditorsAsksAboutEachInJapanese() throws Exception {
		Audit audit = fx.newAudit("保存確認株式会社");
		dirtyAudit(audit);
		Checklist checklist = DeriveChecklistHandler.derive(fx.workspace, fx.ismsChecklist(), "保存確認用チェックリスト");
		ChecklistItem first = dirtyChecklist(checklist);

		DialogAnswerer answers = new DialogAnswerer("保存する", "保存しない").screenshotFirst("save-prompt.png");
		assertTrue(closeAllEditors(answers));
		assertEquals(0, fx.page.getEditorReferences().length, "both editors closed");
		assertEquals(2, answers.seen().size(), "one question per editor: " + answers.seen());
		for (DialogAnswerer.Seen dialog : answers.seen()) {
			assertEquals("変更の保存", dialog.title(), "not the platform's dialog: " + dialog);
			assertEquals(BUTTONS, Set.copyOf(dialog.buttons()), "GTK puts the default button last");
			assertTrue(dialog.text().contains("未保存の変更があります"), dialog.text());
		}
		// each question names its editor; the first one asked was saved, the second not
		String firstAsked = answers.seen().get(0).text();
		String secondAsked = answers.seen().get(1).text();
		boolean auditFirst = firstAsked.contains("保存確認株式会社");
		assertTrue(auditFirst ? secondAsked.contains("保存確認用チェックリスト")
				: firstAsked.contains("保存確認用チェックリスト") && secondAsked.contains("保存確認株式会社"),
				answers.seen().toString());
		Verdict onDisk = fx.workspace.loadAudit(audit.id()).verdictOf(firstItem(audit));
		String titleOnDisk = fx.workspace.loadChecklist(checklist.id()).item(first.id()).orElseThrow().title().ja();
		assertEquals(auditFirst ? Verdict.CONFORMING : Verdict.NOT_ASSESSED, onDisk);
		assertEquals(auditFirst ? first.title().ja() : "保存確認（改）", titleOnDisk);
	}

	@Test
	void cancelKeepsEveryEditorOpenAndDirty() throws Exception {
		AuditEditor auditEditor = dirtyAudit(fx.newAudit("取消確認株式会社"));
		Checklist checklist = DeriveChecklistHandler.derive(fx.workspace, fx.ismsChecklist(), "取消確認用チェックリスト");
		dirtyChecklist(checklist);

		DialogAnswerer answers = new DialogAnswerer("キャンセル");
		assertFalse(closeAllEditors(answers));
		assertEquals(1, answers.seen().size(), "asking stops at the first cancel: " + answers.seen());
		assertEquals("変更の保存", answers.seen().get(0).title());
		assertEquals(2, fx.page.getEditorReferences().length, "nothing closed");
		assertTrue(auditEditor.isDirty());
		assertEquals(2, fx.page.getDirtyEditors().length, "nothing saved");
	}

	@Test
	void savingAllAsTheWindowDoesBeforeClosingAsksInJapaneseToo() throws Exception {
		// closing the window (or restarting for a language change) saves through IWorkbench.saveAllEditors
		dirtyAudit(fx.newAudit("全保存確認株式会社"));
		dirtyChecklist(DeriveChecklistHandler.derive(fx.workspace, fx.ismsChecklist(), "全保存確認用チェックリスト"));

		DialogAnswerer answers = new DialogAnswerer("保存しない", "保存しない");
		try {
			assertTrue(PlatformUI.getWorkbench().saveAllEditors(true));
		} finally {
			answers.stop();
		}

		assertEquals(2, answers.seen().size(), "one question per editor: " + answers.seen());
		answers.seen().forEach(dialog -> assertEquals("変更の保存", dialog.title(), "not the platform's: " + dialog));
		assertEquals(2, fx.page.getDirtyEditors().length, "not saved, as answered");
	}

	/** Closes the page's editors as closing the window does, asking to save; the answerer replies. */
	private boolean closeAllEditors(DialogAnswerer answers) {
		try {
			return fx.page.closeAllEditors(true);
		} finally {
			answers.stop();
		}
	}

	private AuditEditor dirtyAudit(Audit audit) throws Exception {
		AuditEditor editor = fx.open(audit.id());
		AuditEditorUiTest.press(new AuditEditorPage(editor).items(), '1'); // 適合 on the first item
		assertTrue(editor.isDirty());
		return editor;
	}

	private ChecklistItem dirtyChecklist(Checklist checklist) throws Exception {
		ChecklistEditorPart editor = fx.openChecklist(checklist.id());
		ChecklistItem first = checklist.items().findFirst().orElseThrow();
		ChecklistEditorPage page = new ChecklistEditorPage(editor).rename(first.id(), "保存確認（改）");
		assertEquals("保存確認（改）", page.title(first.id()));
		assertTrue(editor.isDirty());
		return first;
	}

	private static String firstItem(Audit audit) {
		return audit.checklist().items().findFirst().orElseThrow().id();
	}
}
