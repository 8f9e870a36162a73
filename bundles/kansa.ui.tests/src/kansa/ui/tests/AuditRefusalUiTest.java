package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Verdict;
import kansa.ui.audit.internal.editor.AuditEditor;

/** An edit the audit's rules refuse is explained in the workbench's language, not in the CLI's two-language line. */
class AuditRefusalUiTest extends WorkspaceUiTest {

	@Test
	void aReportedAuditRefusesAVerdictInJapanese() throws Exception {
		Audit created = fx.newAudit("株式会社テスト精機");
		fx.workspace.saveAudit(created.withStatus(AuditStatus.REPORTED));
		AuditEditor editor = fx.open(created.id());
		String first = created.checklist().items().toList().get(0).id();

		DialogAnswerer answers = new DialogAnswerer(DialogAnswerer.DEFAULT);
		try {
			AuditEditorUiTest.press(new AuditEditorPage(editor).items(), '1');
			UiWait.until(() -> !answers.seen().isEmpty(), () -> "the refusal is shown");
		} finally {
			answers.stop();
		}
		List<DialogAnswerer.Seen> seen = answers.seen();
		assertEquals(1, seen.size(), seen.toString());
		assertEquals("監査 " + created.id() + " は報告済のため結果を変更できません。変更するには実施中に戻してください",
				seen.get(0).text());
		assertEquals(Verdict.NOT_ASSESSED, editor.audit().verdictOf(first), "nothing recorded");
		assertFalse(editor.isDirty());
		fx.page.closeEditor(editor, false);
	}
}
