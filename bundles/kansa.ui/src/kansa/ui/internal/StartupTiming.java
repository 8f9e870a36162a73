package kansa.ui.internal;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;

/**
 * Start-up time, printed with {@code -kansa.timing} as lines that scripts/startup-time.sh reads:
 * {@code kansa-startup-ms: N} once the first window is painted and idle (usable), {@code kansa-navigator-ms: N}
 * once the navigator shows the workspace read in the background, each counted from the JVM's start, and the same
 * moments as wall-clock times ({@code kansa-startup-at: EPOCH_MS}) so that a script can count from its own
 * launch. (Not ProcessHandle's start instant: Linux gives the boot time in whole seconds, which made it up to a
 * second early.)
 */
public final class StartupTiming {

	private static final AtomicBoolean NAVIGATOR_REPORTED = new AtomicBoolean();

	private StartupTiming() {
	}

	static void report(Display display) {
		// runs once the event queue has drained after the window opened: the window is usable
		display.asyncExec(() -> print("kansa-startup"));
	}

	/** Called by the navigator each time it shows a read of the workspace; prints the first one. */
	public static void navigatorShown() {
		if (!NAVIGATOR_REPORTED.get() && StartupOptions.parse(Platform.getApplicationArgs(), Map.of()).timing()
				&& NAVIGATOR_REPORTED.compareAndSet(false, true)) {
			print("kansa-navigator");
		}
	}

	private static void print(String label) {
		long now = System.currentTimeMillis();
		long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
		System.out.println(label + "-ms: " + (now - jvmStarted));
		System.out.println(label + "-at: " + now);
		System.out.flush();
	}
}
