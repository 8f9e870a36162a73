package kansa.ui.internal;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.swt.widgets.Display;

/**
 * Start-up time as a user feels it: from the process start to the first window painted and idle. Printed as one
 * line ({@code kansa-startup-ms: N}) that scripts/startup-time.sh reads.
 */
final class StartupTiming {

	private StartupTiming() {
	}

	static void report(Display display) {
		// runs once the event queue has drained after the window opened: the window is usable
		display.asyncExec(() -> {
			Instant started = ProcessHandle.current().info().startInstant().orElse(null);
			if (started != null) {
				long ms = Duration.between(started, Instant.now()).toMillis();
				System.out.println("kansa-startup-ms: " + ms);
				System.out.flush();
			}
		});
	}
}
