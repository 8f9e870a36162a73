package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Waits on the UI thread while dispatching events, as a user would wait for the screen to settle. */
final class UiWait {

	static final long TIMEOUT_MS = 20_000;

	private UiWait() {
	}

	static void until(BooleanSupplier condition, Supplier<String> what) {
		until(condition, TIMEOUT_MS, what);
	}

	static void until(BooleanSupplier condition, long timeoutMs, Supplier<String> what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting for " + what.get());
			}
			if (!display.readAndDispatch()) {
				sleep(10);
			}
		}
	}

	/** Lets pending asyncExec runnables and paint events run. */
	static void settle(long ms) {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + ms;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				sleep(10);
			}
		}
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Whether no job of this class (simple name, e.g. ReportJob) is waiting or running. */
	static boolean noJob(String simpleClassName) {
		for (org.eclipse.core.runtime.jobs.Job j : org.eclipse.core.runtime.jobs.Job.getJobManager().find(null)) {
			if (j.getClass().getSimpleName().equals(simpleClassName)) {
				return false;
			}
		}
		return true;
	}
}
