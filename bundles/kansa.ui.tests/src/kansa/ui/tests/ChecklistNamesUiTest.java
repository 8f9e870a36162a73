package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import kansa.core.checklist.Checklist;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.editor.ChecklistEditorPart;
import kansa.ui.checklist.internal.handlers.DeriveChecklistHandler;

/**
 * Versions that would break the workspace on Windows (CON, COM¹, a trailing dot) are refused in 新しい版として保存
 * as the user types them, with the workspace's own rule: the error is shown and OK is disabled (the import wizard's
 * name page: {@link ChecklistImportUiTest}).
 */
class ChecklistNamesUiTest extends WorkspaceUiTest {

	@Test
	void saveAsNewVersionRefusesVersionsWindowsReserves() throws Exception {
		Checklist derived = DeriveChecklistHandler.derive(fx.workspace, fx.ismsChecklist(), "版名テスト");
		ChecklistEditorPart editor = fx.openChecklist(derived.id());
		List<String> shown = new ArrayList<>();
		List<Boolean> okEnabled = new ArrayList<>();
		List<String> tried = List.of("CON", "COM\u00b9", "LPT\u00b3.1", "2.", "2.0");
		DialogAnswerer answers = new DialogAnswerer(d -> {
			for (String v : tried) {
				d.type(Messages.Version_version, v);
				shown.add(Widgets.first(d.shell(), Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0).getText()
						.strip());
				okEnabled.add(Widgets.button(d.shell(), IDialogConstants.OK_LABEL).isEnabled());
			}
			d.press(IDialogConstants.CANCEL_LABEL);
		});
		try {
			new ChecklistEditorPage(editor).saveAsNewVersion();
		} finally {
			answers.stop();
		}
		assertEquals(1, answers.seen().size(), () -> "the dialog: " + answers.seen());
		for (int i = 0; i < tried.size() - 1; i++) {
			assertEquals(NLS.bind(Messages.Import_notPortable, tried.get(i)), shown.get(i), tried.get(i));
			assertFalse(okEnabled.get(i), tried.get(i));
		}
		assertTrue(okEnabled.get(tried.size() - 1), () -> "2.0 is fine: " + shown);
		assertEquals(List.of(derived.version()), fx.workspace.checklistVersions(derived.id()), "nothing saved");
	}
}
