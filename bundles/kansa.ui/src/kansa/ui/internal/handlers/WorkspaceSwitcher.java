package kansa.ui.internal.handlers;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

import kansa.ui.internal.Messages;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** Switches the window to another workspace: editors of the old one are closed first (saving as the user says). */
public final class WorkspaceSwitcher {

	private WorkspaceSwitcher() {
	}

	/** True when the workspace at {@code folder} is now open. */
	public static boolean switchTo(IWorkbenchWindow window, Path folder) {
		WorkspaceSession session = UiServices.get(window, WorkspaceSession.class);
		Optional<Workspace> current = session.current();
		IWorkbenchPage page = window.getActivePage();
		if (current.isPresent() && !current.get().root().equals(folder.toAbsolutePath().normalize()) && page != null
				&& !page.closeAllEditors(true)) {
			return false; // the user cancelled saving
		}
		WorkspaceException[] failure = new WorkspaceException[1];
		BusyIndicator.showWhile(window.getShell().getDisplay(), () -> {
			try {
				session.open(folder);
			} catch (WorkspaceException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(window.getShell(), Messages.OpenWorkspace_errorTitle, failure[0].getMessage());
			return false;
		}
		return true;
	}
}
