package kansa.ui.checklist.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.editor.ChecklistEditorPart;
import kansa.ui.checklist.ChecklistEntry;
import kansa.ui.checklist.ChecklistInput;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;

/**
 * 履歴と差分… from the navigator: opens the workspace checklist in its editor, whose content the history compares
 * with, and shows the history there. A catalog's checklist has no history in the workspace.
 */
public final class ChecklistHistoryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<Workspace> ws = UiServices.get(window, WorkspaceSession.class).current();
		if (ws.isEmpty()
				|| !(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof ChecklistEntry entry)) {
			return null;
		}
		if (entry.builtIn()) {
			MessageDialog.openInformation(window.getShell(), Messages.Version_historyTitle, Messages.History_builtIn);
			return null;
		}
		try {
			IEditorPart part = window.getActivePage().openEditor(new ChecklistInput(ws.get().root(), entry.id(),
					entry.title()), ChecklistInput.EDITOR_ID);
			if (part instanceof ChecklistEditorPart editor) {
				editor.historyDialog(true);
			}
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), Messages.Version_historyTitle, e.getMessage());
		}
		return null;
	}
}
