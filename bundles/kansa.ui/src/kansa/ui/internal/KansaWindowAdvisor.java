package kansa.ui.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import kansa.ui.internal.views.WelcomeView;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;

/** Shape and title of the workbench window; what start-up options ask for once it is open. */
final class KansaWindowAdvisor extends WorkbenchWindowAdvisor {

	private final StartupOptions options;
	private final String startupProblem;
	private final Consumer<Optional<Workspace>> titleUpdater = ws -> updateTitle();
	private WorkspaceSession session;

	KansaWindowAdvisor(IWorkbenchWindowConfigurer configurer, StartupOptions options, String startupProblem) {
		super(configurer);
		this.options = options;
		this.startupProblem = startupProblem;
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new KansaActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer c = getWindowConfigurer();
		// 1400×900 where the screen has room; on a smaller one (1366×768, the common office laptop) the whole screen,
		// never a window whose status bar and right edge lie off the screen
		Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
		c.setInitialSize(new Point(Math.min(1400, screen.width), Math.min(900, screen.height)));
		c.setShowMenuBar(true);
		c.setShowCoolBar(true);
		c.setShowPerspectiveBar(false);
		c.setShowStatusLine(true);
		c.setShowProgressIndicator(true);
		session = UiServices.find(c.getWindow(), WorkspaceSession.class);
		c.setTitle(title());
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		if (options.timing()) {
			StartupTiming.report(window.getShell().getDisplay());
		}
		if (session != null) {
			session.addListener(titleUpdater);
		}
		if (session == null || session.current().isEmpty()) {
			showWelcome(window);
		}
		new WelcomeHider().install(window);
		TrimCleaner.clean(window);
		PartLabels.refresh(window);
		Display display = window.getShell().getDisplay();
		if (startupProblem != null) {
			display.asyncExec(() -> MessageDialog.openError(window.getShell(), Messages.OpenWorkspace_errorTitle,
					startupProblem));
		}
		StartupActions.run(window, session, options);
	}

	private static void showWelcome(IWorkbenchWindow window) {
		try {
			window.getActivePage().showView(WelcomeView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(KansaWindowAdvisor.class).error(e.getMessage(), e);
		}
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.removeListener(titleUpdater);
		}
		super.dispose();
	}

	private void updateTitle() {
		var shell = getWindowConfigurer().getWindow().getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.setText(title());
		}
	}

	private String title() {
		Optional<Workspace> ws = session == null ? Optional.empty() : session.current();
		return ws.map(w -> NLS.bind(Messages.Window_titleWithWorkspace, Messages.Window_title, w.root()))
				.orElse(Messages.Window_title);
	}
}
