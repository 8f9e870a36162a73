package kansa.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import kansa.ui.internal.Messages;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;

/** ファイル → ワークスペースを開く…: choose a folder; a new or empty folder becomes a new workspace. */
public final class OpenWorkspaceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		DirectoryDialog dialog = new DirectoryDialog(window.getShell());
		dialog.setText(Messages.OpenWorkspace_dialogTitle);
		dialog.setMessage(Messages.OpenWorkspace_dialogMessage);
		UiServices.get(window, WorkspaceSession.class).current()
				.ifPresent(ws -> dialog.setFilterPath(ws.root().toString()));
		String folder = dialog.open();
		if (folder != null) {
			WorkspaceSwitcher.switchTo(window, Path.of(folder));
		}
		return null;
	}
}
