package kansa.ui.audit.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import kansa.audit.AuditLifecycle;
import kansa.audit.AuditRuleException;
import kansa.core.audit.Audit;
import kansa.core.json.KansaDataException;
import kansa.ui.audit.internal.Messages;
import kansa.ui.audit.internal.dialogs.StatusDialog;
import kansa.ui.audit.internal.editor.AuditEditor;
import kansa.ui.audit.AuditEntry;
import kansa.ui.audit.AuditInput;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * 状態を変更…: for the audit in the active editor, or the audit selected in the navigator. An audit open in an
 * editor is changed there (an undoable edit, saved with the editor), so the editor never overwrites the change;
 * an audit not open is changed and saved at once.
 */
public final class StatusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Object selected = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				? s.getFirstElement() : null;
		if (HandlerUtil.getActivePart(event) == editor && editor instanceof AuditEditor ae) {
			ae.changeStatus();
			return null;
		}
		if (!(selected instanceof AuditEntry entry)) {
			if (editor instanceof AuditEditor ae) {
				ae.changeStatus();
			} else {
				MessageDialog.openInformation(window.getShell(), Messages.Status_title, Messages.Report_noAudit);
			}
			return null;
		}
		IWorkbenchPage page = window.getActivePage();
		IEditorPart open = page == null ? null
				: page.findEditor(new AuditInput(entry.workspaceRoot(), entry.id(), entry.id()));
		if (open instanceof AuditEditor ae) {
			page.activate(ae);
			ae.changeStatus();
			return null;
		}
		try {
			Workspace ws = Workspace.open(entry.workspaceRoot());
			Audit audit = ws.loadAudit(entry.id());
			StatusDialog dialog = new StatusDialog(window.getShell(), audit, Messages.contentLocale());
			if (dialog.open() != Window.OK || dialog.result() == null || dialog.result() == audit.status()) {
				return null;
			}
			var to = dialog.result();
			// under the audit's lock, re-checked against the file as it is now
			ws.updateAudit(entry.id(), current -> AuditLifecycle.moveTo(current, to));
			WorkspaceSession session = UiServices.find(window, WorkspaceSession.class);
			if (session != null) {
				session.contentChanged();
			}
		} catch (AuditRuleException e) {
			MessageDialog.openError(window.getShell(), Messages.Status_title, e.getMessage(Messages.contentLocale()));
		} catch (WorkspaceException | KansaDataException e) {
			MessageDialog.openError(window.getShell(), Messages.Status_title, e.getMessage());
		}
		return null;
	}
}
