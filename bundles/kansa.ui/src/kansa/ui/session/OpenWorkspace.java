package kansa.ui.session;

import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import kansa.workspace.Workspace;

/** For commands that work on the open workspace: when none is open, the user is told so, in the command's words. */
public final class OpenWorkspace {

	private OpenWorkspace() {
	}

	/** The open workspace; empty, after a message titled {@code title} saying {@code noWorkspace}, when none is. */
	public static Optional<Workspace> orExplain(WorkspaceSession session, Shell shell, String title,
			String noWorkspace) {
		Optional<Workspace> ws = session.current();
		if (ws.isEmpty()) {
			MessageDialog.openInformation(shell, title, noWorkspace);
		}
		return ws;
	}
}
