package kansa.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The application {@code kansa.ui.application}: the e3 workbench API running on the e4 model, because Tycho's
 * UI test harness drives exactly that workbench. Options after the platform's own, see {@link StartupOptions}.
 */
public class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		StartupOptions options = StartupOptions.parse(Platform.getApplicationArgs(), System.getenv());
		Display display = PlatformUI.createDisplay();
		try {
			int rc = PlatformUI.createAndRunWorkbench(display, new KansaWorkbenchAdvisor(options));
			return rc == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				PlatformUI.getWorkbench().close();
			}
		});
	}
}
