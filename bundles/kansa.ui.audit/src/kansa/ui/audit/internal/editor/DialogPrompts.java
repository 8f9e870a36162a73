package kansa.ui.audit.internal.editor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import kansa.ui.audit.EditorPrompts;
import kansa.ui.audit.internal.Messages;

/** The editor's questions as dialogs, used unless the context provides other {@link EditorPrompts}. */
final class DialogPrompts implements EditorPrompts {

	private final Shell shell;

	DialogPrompts(Shell shell) {
		this.shell = shell;
	}

	@Override
	public boolean restoreRecovery(String auditLabel, Instant writtenAt, int changedItems) {
		String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault())
				.format(writtenAt);
		MessageDialog dialog = new MessageDialog(shell, Messages.Recovery_title, null,
				NLS.bind(Messages.Recovery_message, new Object[] { auditLabel, when, changedItems }),
				MessageDialog.QUESTION, 0, Messages.Recovery_restore, Messages.Recovery_discard);
		return dialog.open() == 0;
	}

	@Override
	public boolean reloadChangedFile(String auditLabel, boolean dirty) {
		MessageDialog dialog = new MessageDialog(shell, Messages.Changed_title, null,
				NLS.bind(dirty ? Messages.Changed_messageDirty : Messages.Changed_message, auditLabel),
				MessageDialog.QUESTION, 0, Messages.Changed_reload, Messages.Changed_keep);
		return dialog.open() == 0;
	}

	@Override
	public void savedOverConflicts(String auditLabel, List<String> conflicts) {
		MessageDialog.openWarning(shell, Messages.Changed_conflictTitle,
				NLS.bind(Messages.Changed_conflicts, auditLabel, String.join("\n", conflicts)));
	}
}
