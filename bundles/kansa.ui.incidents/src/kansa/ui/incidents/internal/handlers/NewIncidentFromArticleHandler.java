package kansa.ui.incidents.internal.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import kansa.core.incident.Incident;
import kansa.incidents.IncidentMapping;
import kansa.ui.incidents.internal.Messages;
import kansa.ui.incidents.internal.view.IncidentLibraryView;
import kansa.ui.incidents.internal.wizard.ArticleWizardDialog;
import kansa.ui.incidents.internal.wizard.NewIncidentWizard;
import kansa.ui.services.CatalogRegistry;
import kansa.ui.services.IncidentRegistry;
import kansa.ui.session.OpenWorkspace;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;

/** 記事から新規事例…: the article wizard; the saved case is then shown selected in the incident library. */
public final class NewIncidentFromArticleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		WorkspaceSession session = UiServices.get(window, WorkspaceSession.class);
		Optional<Workspace> ws = OpenWorkspace.orExplain(session, window.getShell(), Messages.Wizard_title,
				Messages.Wizard_noWorkspace);
		if (ws.isEmpty()) {
			return null;
		}
		new ArticleWizardDialog(window.getShell(), wizard(window, session, ws.get())).open();
		return null;
	}

	/** The wizard for the open workspace: after saving, the workbench hears of the new case and shows it. */
	public static NewIncidentWizard wizard(IWorkbenchWindow window, WorkspaceSession session, Workspace ws) {
		IncidentRegistry libraries = UiServices.find(window, IncidentRegistry.class);
		IncidentMapping cases = IncidentMapping.of(libraries == null ? List.of() : libraries.all());
		return new NewIncidentWizard(ws, cases, UiServices.find(window, CatalogRegistry.class), (Incident saved) -> {
			session.contentChanged();
			try {
				((IncidentLibraryView) window.getActivePage().showView(IncidentLibraryView.ID)).reveal(saved.id());
			} catch (PartInitException e) {
				MessageDialog.openError(window.getShell(), Messages.Wizard_title, e.getMessage());
			}
		});
	}
}
