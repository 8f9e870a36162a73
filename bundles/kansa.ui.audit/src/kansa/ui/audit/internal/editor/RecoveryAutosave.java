package kansa.ui.audit.internal.editor;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import kansa.core.audit.Audit;

/**
 * Writes the recovery copy a few seconds after each change while the editor is dirty, in a background job (the
 * audit is immutable, so the job reads a consistent snapshot without locking the UI).
 */
final class RecoveryAutosave {

	static final long DELAY_MS = 3000;

	private final RecoveryFile file;
	private final AuditDocument document;
	private final Job job;
	private volatile Audit pending;

	RecoveryAutosave(RecoveryFile file, AuditDocument document) {
		this.file = file;
		this.document = document;
		this.job = Job.createSystem("Kansa recovery copy", (IProgressMonitor monitor) -> {
			writePending();
			return Status.OK_STATUS;
		});
	}

	/** Called on every change of the document (UI thread). */
	void changed() {
		if (document.isDirty()) {
			pending = document.current();
			if (job.getState() == Job.NONE) {
				job.schedule(DELAY_MS);
			}
		} else {
			job.cancel();
			synchronized (this) {
				pending = null;
				file.delete();
			}
		}
	}

	private synchronized IStatus writePending() {
		Audit audit = pending;
		if (audit == null) {
			return Status.OK_STATUS;
		}
		try {
			file.write(audit);
			return Status.OK_STATUS;
		} catch (IOException e) {
			return Status.warning("cannot write the recovery copy " + file.path() + ": " + e.getMessage(), e);
		}
	}

	/** Stops writing; with {@code discard} the copy is deleted (saved or changes thrown away). */
	void stop(boolean discard) {
		job.cancel();
		synchronized (this) {
			pending = null;
			if (discard) {
				file.delete();
			}
		}
	}
}
