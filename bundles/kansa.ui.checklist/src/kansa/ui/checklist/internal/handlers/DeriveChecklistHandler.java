package kansa.ui.checklist.internal.handlers;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import kansa.checklist.Checklists;
import kansa.core.checklist.Checklist;
import kansa.core.json.KansaDataException;
import kansa.core.text.LocalizedText;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.services.CatalogRegistry;
import kansa.ui.checklist.ChecklistEntry;
import kansa.ui.checklist.ChecklistInput;
import kansa.ui.session.OpenWorkspace;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * カタログから派生…: copies the checklist selected in the navigator (a catalog's, or one of the workspace) into the
 * workspace under a new id, with the title the user gives, and opens the copy in the checklist editor.
 */
public final class DeriveChecklistHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		WorkspaceSession session = UiServices.get(window, WorkspaceSession.class);
		Optional<Workspace> ws = OpenWorkspace.orExplain(session, shell, Messages.Derive_title, Messages.Derive_noWorkspace);
		if (ws.isEmpty()) {
			return null;
		}
		if (!(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof ChecklistEntry entry)) {
			return null;
		}
		Locale locale = Messages.contentLocale();
		try {
			Checklist source = entry.builtIn()
					? UiServices.get(window, CatalogRegistry.class).checklist(entry.id()).orElseThrow(
							() -> new WorkspaceException("no catalog checklist " + entry.id()))
					: ws.get().loadChecklist(entry.id());
			InputDialog dialog = new InputDialog(shell, Messages.Derive_title,
					NLS.bind(Messages.Derive_message, source.title().get(locale)),
					NLS.bind(Messages.Derive_defaultTitle, source.title().get(locale)),
					v -> v.isBlank() ? Messages.Derive_emptyTitle : null);
			if (dialog.open() != Window.OK) {
				return null;
			}
			Checklist derived = derive(ws.get(), source, dialog.getValue().strip());
			session.contentChanged();
			window.getActivePage().openEditor(new ChecklistInput(ws.get().root(), derived.id(),
					derived.title().get(locale)), ChecklistInput.EDITOR_ID);
		} catch (WorkspaceException | KansaDataException | PartInitException e) {
			MessageDialog.openError(shell, Messages.Derive_failed, e.getMessage());
		}
		return null;
	}

	/**
	 * Saves a copy of {@code source} in the workspace under a new id ({@code <source id>-1}, {@code -2}, …) with
	 * the title given (for both languages), and returns it.
	 */
	public static Checklist derive(Workspace ws, Checklist source, String title) throws WorkspaceException {
		for (int n = 1;; n++) {
			String id = source.id() + "-" + n;
			if (ws.hasChecklist(id)) {
				continue;
			}
			Checklist derived = Checklists.derive(source, id, LocalizedText.of(title, title));
			try {
				ws.createChecklist(derived);
				return derived;
			} catch (WorkspaceException e) {
				if (!ws.hasChecklist(id)) {
					throw e;
				}
				// another window or process took this id in the meantime: try the next one
			}
		}
	}
}
