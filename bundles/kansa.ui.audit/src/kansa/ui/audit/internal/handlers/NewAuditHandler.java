package kansa.ui.audit.internal.handlers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import kansa.audit.CarryOver;
import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Client;
import kansa.core.checklist.Checklist;
import kansa.core.json.KansaDataException;
import kansa.ui.audit.internal.Messages;
import kansa.ui.audit.internal.dialogs.NewAuditDialog;
import kansa.ui.services.CatalogRegistry;
import kansa.ui.audit.AuditInput;
import kansa.ui.checklist.ChecklistEntry;
import kansa.ui.session.OpenWorkspace;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** 監査 → 新規監査…: creates an audit from a checklist in the open workspace and opens it in the editor. */
public final class NewAuditHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		WorkspaceSession session = UiServices.get(window, WorkspaceSession.class);
		Optional<Workspace> current = OpenWorkspace.orExplain(session, window.getShell(), Messages.NewAudit_title,
				Messages.NewAudit_noWorkspace);
		if (current.isEmpty()) {
			return null;
		}
		Workspace ws = current.get();
		String preselected = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof ChecklistEntry c ? c.id() : null;
		NewAuditDialog dialog = new NewAuditDialog(window.getShell(), checklists(window, ws), audits(ws), preselected,
				Messages.contentLocale());
		if (dialog.open() != Window.OK) {
			return null;
		}
		try {
			Audit audit = create(ws, dialog.result());
			session.contentChanged();
			window.getActivePage().openEditor(new AuditInput(ws.root(), audit.id(), audit.title()), AuditInput.EDITOR_ID);
		} catch (WorkspaceException | PartInitException e) {
			MessageDialog.openError(window.getShell(), Messages.NewAudit_title, e.getMessage());
		}
		return null;
	}

	/** Creates and saves the audit: a snapshot of the checklist, planned, with the next free date-based id. */
	public static Audit create(Workspace ws, NewAuditDialog.Input in) throws WorkspaceException {
		String title = in.title().isBlank() ? NLS.bind(Messages.NewAudit_defaultTitle, in.client()) : in.title();
		Audit audit = new Audit(nextId(ws), title, new Client(in.client(), in.sites()), "", "",
				in.checklist().standard().isBlank() ? List.of() : List.of(in.checklist().standard()), in.start(), null,
				in.lead(), List.of(), List.of(), AuditStatus.PLANNED, "", in.checklist(), List.of(), "");
		if (in.previous() != null) {
			audit = CarryOver.followUp(in.previous(), audit);
		}
		ws.saveAudit(audit);
		return audit;
	}

	private static List<Checklist> checklists(IWorkbenchWindow window, Workspace ws) {
		List<Checklist> all = new ArrayList<>();
		try {
			for (String id : ws.checklistIds()) {
				try {
					all.add(ws.loadChecklist(id));
				} catch (KansaDataException | WorkspaceException e) {
					// unreadable checklists are reported by the navigator
				}
			}
		} catch (WorkspaceException e) {
			// as above
		}
		CatalogRegistry catalogs = UiServices.find(window, CatalogRegistry.class);
		if (catalogs != null) {
			all.addAll(catalogs.checklists());
		}
		return all;
	}

	private static List<Audit> audits(Workspace ws) {
		List<Audit> all = new ArrayList<>();
		try {
			for (String id : ws.auditIds()) {
				try {
					all.add(ws.loadAudit(id));
				} catch (KansaDataException | WorkspaceException e) {
					// skip unreadable audits: the navigator reports them
				}
			}
		} catch (WorkspaceException e) {
			// no earlier audits to offer
		}
		return all;
	}

	static String nextId(Workspace ws) {
		String day = LocalDate.now().toString();
		for (int n = 1;; n++) {
			String id = String.format("%s-%02d", day, n);
			if (!ws.hasAudit(id)) {
				return id;
			}
		}
	}
}
