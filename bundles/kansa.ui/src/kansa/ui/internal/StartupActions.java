package kansa.ui.internal;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.SerializationException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import kansa.ui.workspace.AuditInput;
import kansa.ui.workspace.ItemNavigation;
import kansa.ui.workspace.WorkspaceSession;

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
				openAudit(window, session, options);
			}
			if (options.command() != null) {
				// a command may open a modal dialog: let start-up finish first
				window.getShell().getDisplay().asyncExec(() -> execute(window, options.command()));
			}
		});
	}

	private static void openAudit(IWorkbenchWindow window, WorkspaceSession session, StartupOptions options) {
		var ws = session.current().get();
		if (!ws.hasAudit(options.openAudit())) {
			MessageDialog.openError(window.getShell(), Messages.OpenWorkspace_errorTitle,
					org.eclipse.osgi.util.NLS.bind(Messages.Startup_noSuchAudit, options.openAudit(), ws.root()));
			return;
		}
		try {
			IEditorPart editor = window.getActivePage().openEditor(
					new AuditInput(ws.root(), options.openAudit(), options.openAudit()), AuditInput.EDITOR_ID);
			ItemNavigation nav = editor == null ? null : editor.getAdapter(ItemNavigation.class);
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
