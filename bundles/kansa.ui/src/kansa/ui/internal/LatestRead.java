package kansa.ui.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;

/**
 * Reads what a view shows (files, catalogs, libraries) in a Job, so the window opens and stays responsive while
 * it is read, and hands the result to the UI thread. Only the newest read is shown: a refresh that was overtaken
 * by another one is dropped.
 */
public final class LatestRead<T> {

	private final String jobName;
	private final AtomicInteger generation = new AtomicInteger();

	public LatestRead(String jobName) {
		this.jobName = jobName;
	}

	/** Runs {@code read} in the background, then {@code show} on {@code owner}'s UI thread unless it is gone. */
	public void start(Control owner, Supplier<T> read, Consumer<T> show) {
		int mine = generation.incrementAndGet();
		var display = owner.getDisplay();
		Job job = Job.create(jobName, monitor -> {
			T value;
			try {
				value = read.get();
			} catch (RuntimeException e) {
				ILog.of(LatestRead.class).error(jobName, e);
				return Status.CANCEL_STATUS; // already logged; the view keeps what it showed
			}
			try {
				display.asyncExec(() -> {
					if (!owner.isDisposed() && mine == generation.get()) {
						show.accept(value);
					}
				});
			} catch (SWTException e) {
				// the workbench closed while this was read: nobody to show it to
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true); // a fraction of a second: not worth a line in the progress view
		job.schedule();
	}
}
