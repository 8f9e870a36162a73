package kansa.ui.internal;

import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.SerializationException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import kansa.ui.editors.ItemNavigation;
import kansa.ui.internal.navigator.NavigatorContributions;
import kansa.ui.navigator.NavigatorContribution;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;

/** What -kansa.open and -kansa.command ask for, done once the window is open and idle. */
final class StartupActions {

	private StartupActions() {
	}

	static void run(IWorkbenchWindow window, WorkspaceSession session, StartupOptions options) {
		if (options.openAudit() == null && options.command() == null) {
			return;
		}
		window.getShell().getDisplay().asyncExec(() -> {
			if (window.getShell() == null || window.getShell().isDisposed()) {
				return;
			}
			if (options.openAudit() != null && session != null && session.current().isPresent()) {
				openDocument(window, session, options);
			}
			if (options.command() != null) {
				// a command may open a modal dialog: let start-up finish first
				window.getShell().getDisplay().asyncExec(() -> execute(window, options.command()));
			}
		});
	}

	/** Opens the document through the navigator contribution that has it (the audits' for an audit id). */
	private static void openDocument(IWorkbenchWindow window, WorkspaceSession session, StartupOptions options) {
		var ws = session.current().get();
		try {
			IEditorPart editor = null;
			NavigatorContributions contributions = UiServices.find(window, NavigatorContributions.class);
			for (NavigatorContribution c : contributions == null ? List.<NavigatorContribution>of()
					: contributions.all()) {
				editor = c.openDocument(ws, options.openAudit(), window.getActivePage());
				if (editor != null) {
					break;
				}
			}
			if (editor == null) {
				MessageDialog.openError(window.getShell(), Messages.OpenWorkspace_errorTitle,
						NLS.bind(Messages.Startup_noSuchAudit, options.openAudit(), ws.root()));
				return;
			}
			ItemNavigation nav = editor.getAdapter(ItemNavigation.class);
			if (nav != null && options.openItem() != null) {
				nav.reveal(options.openItem());
			}
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), Messages.OpenWorkspace_errorTitle, e.getMessage());
		}
	}

	/** A command id, or a serialized command with parameters: {@code kansa.ui.showView(kansa.ui.view=ID)}. */
	private static void execute(IWorkbenchWindow window, String commandId) {
		try {
			ParameterizedCommand command = window.getService(ICommandService.class).deserialize(commandId);
			window.getService(IHandlerService.class).executeCommand(command, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException
				| SerializationException e) {
			System.err.println("kansa: cannot run command " + commandId + ": " + e.getMessage());
		}
	}
}
