package kansa.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** Workbench-wide settings of Kansa, and the workspace opened at start-up. */
public final class KansaWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartupOptions options;
	private String startupProblem;

	public KansaWorkbenchAdvisor(StartupOptions options) {
		this.options = options;
		// bad options were left out: say so in the window rather than stop the start
		this.startupProblem = options.problems().isEmpty() ? null : String.join("\n", options.problems());
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return Perspective.ID;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		// The layout is still changing from release to release: a restored old model would hide new views.
		configurer.setSaveAndRestore(false);
	}

	@Override
	public void preStartup() {
		WorkspaceSession session = UiServices.find(getWorkbenchConfigurer().getWorkbench(), WorkspaceSession.class);
		if (session == null) {
			return;
		}
		Path requested = options.workspace();
		try {
			if (requested != null) {
				session.open(requested);
			} else {
				List<Path> recent = session.recent();
				if (!recent.isEmpty() && Files.isRegularFile(recent.get(0).resolve(Workspace.MARKER))) {
					session.open(recent.get(0));
				}
			}
		} catch (WorkspaceException e) {
			// shown to the user by the window once it is open
			startupProblem = startupProblem == null ? e.getMessage() : startupProblem + "\n" + e.getMessage();
		}
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new KansaWindowAdvisor(configurer, options, startupProblem);
	}
}
