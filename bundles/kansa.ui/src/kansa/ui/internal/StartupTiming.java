package kansa.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;

/**
 * Start-up time as a user feels it, from the process start, printed with {@code -kansa.timing} as lines that
 * scripts/startup-time.sh reads: {@code kansa-startup-ms: N} once the first window is painted and idle (usable),
 * {@code kansa-navigator-ms: N} once the navigator shows the workspace read in the background.
 */
public final class StartupTiming {

	private static final AtomicBoolean NAVIGATOR_REPORTED = new AtomicBoolean();

	private StartupTiming() {
	}

	static void report(Display display) {
		// runs once the event queue has drained after the window opened: the window is usable
		display.asyncExec(() -> print("kansa-startup-ms"));
	}

	/** Called by the navigator each time it shows a read of the workspace; prints the first one. */
	public static void navigatorShown() {
		if (Arrays.asList(Platform.getApplicationArgs()).contains("-kansa.timing")
				&& NAVIGATOR_REPORTED.compareAndSet(false, true)) {
			print("kansa-navigator-ms");
		}
	}

	private static void print(String label) {
		Instant started = ProcessHandle.current().info().startInstant().orElse(null);
		if (started != null) {
			System.out.println(label + ": " + Duration.between(started, Instant.now()).toMillis());
			System.out.flush();
		}
	}
}
