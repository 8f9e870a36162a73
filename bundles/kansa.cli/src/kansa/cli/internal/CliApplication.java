package kansa.cli.internal;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Eclipse application {@code kansa.cli.app}: a thin bridge from the launcher to the
 * {@link KansaCommandLine} component, which holds the services. Its result is the process exit code.
 */
public class CliApplication implements IApplication {

	private static final long SERVICE_WAIT_MS = 30_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		context.applicationRunning();
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<KansaCommandLine, KansaCommandLine> tracker = new ServiceTracker<>(bundleContext,
				KansaCommandLine.class, null);
		tracker.open();
		try {
			KansaCommandLine cli = tracker.waitForService(SERVICE_WAIT_MS);
			if (cli == null) {
				System.err.println("kansa: internal error: the command line component did not start");
				return KansaCommandLine.INTERNAL_ERROR;
			}
			return cli.run(args == null ? new String[0] : args, System.out, System.err, Path.of("").toAbsolutePath());
		} catch (Exception | Error e) {
			// whatever escapes the command line must not reach the launcher, which logs it into the install folder
			return KansaCommandLine.internalError("kansa", e, System.err);
		} finally {
			tracker.close();
			System.out.flush();
		}
	}

	@Override
	public void stop() {
		// commands are short-lived; nothing to interrupt
	}
}
