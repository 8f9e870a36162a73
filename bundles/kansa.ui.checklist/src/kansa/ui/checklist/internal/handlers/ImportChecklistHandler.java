package kansa.ui.checklist.internal.handlers;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.importer.ImportWizard;
import kansa.ui.session.OpenWorkspace;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;

/** Excel から取り込む…: opens the import wizard on the current workspace. */
public final class ImportChecklistHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<Workspace> ws = OpenWorkspace.orExplain(UiServices.get(window, WorkspaceSession.class),
				window.getShell(), Messages.Import_title, Messages.Import_noWorkspace);
		if (ws.isEmpty()) {
			return null;
		}
		dialog(window, new ImportWizard(window, ws.get())).open();
		return null;
	}

	/** The wizard's dialog, sized for the mapping and preview tables. */
	public static WizardDialog dialog(IWorkbenchWindow window, ImportWizard wizard) {
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setPageSize(960, 600);
		return dialog;
	}
}
