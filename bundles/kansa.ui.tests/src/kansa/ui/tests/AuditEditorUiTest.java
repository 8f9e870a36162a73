package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.ui.audit.internal.editor.AuditEditor;

/**
 * The on-site screen in the running workbench: an audit created from the ISMS catalog, verdicts entered with the
 * keys, notes typed, an evidence file attached, saved with Ctrl+S's command, closed, reopened and found again.
 */
class AuditEditorUiTest extends WorkspaceUiTest {

	@Test
	void verdictsNotesAndEvidenceSurviveSaveAndReopen() throws Exception {
		Audit created = fx.newAudit("株式会社テスト精機");
		AuditEditor editor = fx.open(created.id());
		List<ChecklistItem> items = created.checklist().items().toList();
		assertEquals(items.get(0).id(), new AuditEditorPage(editor).selectedItem().id(), "the first item is selected on open");

		press(new AuditEditorPage(editor).items(), '1'); // 適合: moves on to the next unanswered item
		assertEquals(items.get(1).id(), new AuditEditorPage(editor).selectedItem().id());
		press(new AuditEditorPage(editor).items(), '2'); // 軽微な不適合: stays, for its finding
		assertEquals(items.get(1).id(), new AuditEditorPage(editor).selectedItem().id());
		press(new AuditEditorPage(editor).items(), 'n');
		press(new AuditEditorPage(editor).items(), '0'); // 該当なし
		assertEquals(items.get(3).id(), new AuditEditorPage(editor).selectedItem().id());
		assertTrue(editor.reveal(items.get(2).id()));
		assertEquals(Verdict.CONFORMING, editor.audit().verdictOf(items.get(0).id()));
		assertEquals(Verdict.MINOR_NONCONFORMITY, editor.audit().verdictOf(items.get(1).id()));
		assertEquals(Verdict.NOT_APPLICABLE, editor.audit().verdictOf(items.get(2).id()));
		assertTrue(editor.isDirty());
		assertEquals("1 適合", new AuditEditorPage(editor).items().getItem(0).getText(2));

		new AuditEditorPage(editor).notes().setText("規程は確認済み");
		assertEquals("規程は確認済み", editor.audit().resultsFor(items.get(2).id()).get(0).notes());

		// undo the notes, then the verdict; redo both
		command("org.eclipse.ui.edit.undo");
		assertEquals("", editor.audit().resultsFor(items.get(2).id()).get(0).notes());
		command("org.eclipse.ui.edit.undo");
		assertEquals(Verdict.NOT_ASSESSED, editor.audit().verdictOf(items.get(2).id()));
		command("org.eclipse.ui.edit.redo");
		command("org.eclipse.ui.edit.redo");
		assertEquals("規程は確認済み", editor.audit().resultsFor(items.get(2).id()).get(0).notes());

		Path photo = Files.createTempFile("whiteboard", ".jpg");
		byte[] bytes = "not really a photo".getBytes(StandardCharsets.UTF_8);
		Files.write(photo, bytes);
		editor.attach(List.of(photo));
		UiWait.until(() -> !editor.audit().resultsFor(items.get(2).id()).get(0).evidence().isEmpty(),
				() -> "the evidence copied in the background");
		List<Evidence> evidence = editor.audit().resultsFor(items.get(2).id()).get(0).evidence();
		assertEquals(1, evidence.size());
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
				evidence.get(0).sha256());
		assertTrue(Files.isRegularFile(editor.auditDirectory().resolve(evidence.get(0).path())), "copied in");

		command("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());
		Screenshots.saveIfAsked(fx.window.getShell(), "audit-editor.png");
		fx.page.closeEditor(editor, false);
		UiWait.settle(50);

		Audit onDisk = fx.workspace.loadAudit(created.id());
		assertEquals(Verdict.MINOR_NONCONFORMITY, onDisk.verdictOf(items.get(1).id()));
		AuditEditor reopened = fx.open(created.id());
		assertNotSame(editor, reopened);
		assertFalse(reopened.isDirty());
		assertEquals(Verdict.CONFORMING, reopened.audit().verdictOf(items.get(0).id()));
		assertEquals("規程は確認済み", reopened.audit().resultsFor(items.get(2).id()).get(0).notes());
		assertEquals(1, reopened.audit().resultsFor(items.get(2).id()).get(0).evidence().size());
		assertEquals("2 軽微な不適合", new AuditEditorPage(reopened).items().getItem(1).getText(2));
		assertFalse(Files.exists(reopened.auditDirectory().resolve(".audit.recovery.json")), "no recovery copy");
	}

	@Test
	void filterShowsOnlyUnansweredItems() throws Exception {
		Audit created = fx.newAudit("フィルタ株式会社");
		AuditEditor editor = fx.open(created.id());
		int total = created.checklist().itemCount();
		press(new AuditEditorPage(editor).items(), '1');
		new AuditEditorPage(editor).showOnlyUnanswered();
		assertEquals(total - 1, new AuditEditorPage(editor).items().getItemCount());
	}

	/**
	 * Notes typed key by key (Text.insert puts each piece at the caret, as typing or an IME commit does) are
	 * stored exactly as typed: the box is not rewritten from the model between keys, so spaces, line breaks and
	 * 全角スペース never send the caret back to the start.
	 */
	@Test
	void notesTypedKeyByKeyAreStoredAsTyped() throws Exception {
		Audit created = fx.newAudit("株式会社テスト精機");
		AuditEditor editor = fx.open(created.id());
		String itemId = new AuditEditorPage(editor).selectedItem().id();
		String typed = "abc def ghi\nline2\u3000全角の後 個人情報保護規程を確認 ";
		var box = new AuditEditorPage(editor).notes();
		box.setFocus();
		// single keys, then a several-character commit as an input method makes it
		for (String piece : List.of("a", "b", "c", " ", "d", "e", "f", " ", "g", "h", "i", "\n", "l", "i", "n", "e",
				"2", "\u3000", "全角の後", " ", "個人情報保護規程を確認", " ")) {
			box.insert(piece);
			while (box.getDisplay().readAndDispatch()) {
				// let the modify listeners and any asyncExec they queue run between keys
			}
		}
		assertEquals(typed, box.getText());
		assertEquals(typed, editor.audit().resultsFor(itemId).get(0).notes());
	}

	static void press(Table table, char key) {
		Typing.key(table, key);
		UiWait.settle(20);
	}

	private void command(String id) throws Exception {
		fx.window.getService(IHandlerService.class).executeCommand(id, null);
		UiWait.settle(20);
	}
}
