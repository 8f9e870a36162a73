package kansa.ui.audit.internal.editor;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import kansa.core.audit.Audit;

/**
 * One undoable edit of the audit. The model is immutable, so an edit is just the audit before and after: undo
 * puts back the one, redo the other. Typing in the notes field extends the last notes edit of the same item
 * ({@link #coalesces}) instead of stacking one edit per keystroke.
 */
final class AuditEdit extends AbstractOperation {

	private final AuditDocument document;
	private final Audit before;
	private final String coalesceKey;
	private Audit after;
	private long lastChange;

	AuditEdit(String label, AuditDocument document, Audit before, Audit after, String coalesceKey) {
		super(label);
		this.document = document;
		this.before = before;
		this.after = after;
		this.coalesceKey = coalesceKey;
		this.lastChange = System.currentTimeMillis();
	}

	/** Whether a further edit with this key, now, belongs to this edit (same item's notes, typed without pause). */
	boolean coalesces(String key) {
		return coalesceKey != null && coalesceKey.equals(key) && document.current() == after
				&& System.currentTimeMillis() - lastChange < 3000;
	}

	void extend(Audit newAfter) {
		after = newAfter;
		lastChange = System.currentTimeMillis();
		document.set(after);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		document.set(after);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		document.set(before);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		document.set(after);
		return Status.OK_STATUS;
	}
}
