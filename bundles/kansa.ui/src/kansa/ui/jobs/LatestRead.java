package kansa.ui.jobs;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;

/**
 * Reads what a part shows (files, catalogs, a workbook) in a Job, so the window opens and stays responsive while
 * it is read, and hands the result to the UI thread. Only the newest read is shown: a read that was overtaken by
 * another one (a refresh, another file chosen) is dropped.
 */
public final class LatestRead<T> {

	private final String jobName;
	private final boolean system;
	private final AtomicInteger generation = new AtomicInteger();

	/**
	 * @param system true for reads of a fraction of a second, not worth a line in the progress view
	 */
	public LatestRead(String jobName, boolean system) {
		this.jobName = jobName;
		this.system = system;
	}

	/** Runs {@code read} in the background, then {@code show} on {@code owner}'s UI thread unless it is gone. */
	public void start(Control owner, Function<IProgressMonitor, T> read, Consumer<T> show) {
		start(owner, jobName, read, show);
	}

	/** {@link #start(Control, Function, Consumer)} under a job name that says what is read this time. */
	public void start(Control owner, String jobName, Function<IProgressMonitor, T> read, Consumer<T> show) {
		int mine = generation.incrementAndGet();
		var display = owner.getDisplay();
		Job job = Job.create(jobName, monitor -> {
			T value;
			try {
				value = read.apply(monitor);
			} catch (RuntimeException e) {
				ILog.of(LatestRead.class).error(jobName, e);
				return Status.CANCEL_STATUS; // already logged; the part keeps what it showed
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
		job.setSystem(system);
		job.setPriority(Job.SHORT); // the user is waiting for it
		job.schedule();
	}
}
