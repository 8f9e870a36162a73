package kansa.ui.audit.internal.editor;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;

import kansa.audit.AuditRuleException;
import kansa.core.audit.Audit;

/** The editor's edits on the workbench's operation history, under the editor's own undo context. */
final class EditHistory {

	/** An edit of the audit that the audit's rules may refuse. */
	@FunctionalInterface
	interface Change {
		Audit apply(Audit audit) throws AuditRuleException;
	}

	private final IOperationHistory history;
	private final IUndoContext context;
	private final AuditDocument document;

	EditHistory(IOperationHistory history, AuditDocument document) {
		this.history = history;
		this.document = document;
		this.context = new ObjectUndoContext(this);
		history.setLimit(context, 200);
	}

	IUndoContext context() {
		return context;
	}

	IOperationHistory history() {
		return history;
	}

	/** Applies the change as one undoable edit. */
	void apply(String label, Change change) throws AuditRuleException {
		apply(label, change, null);
	}

	/** Applies the change; with a key, a quick follow-up with the same key extends the previous edit. */
	void apply(String label, Change change, String coalesceKey) throws AuditRuleException {
		Audit before = document.current();
		Audit after = change.apply(before);
		if (after == before) {
			return;
		}
		IUndoableOperation top = history.getUndoOperation(context);
		if (coalesceKey != null && top instanceof AuditEdit edit && edit.coalesces(coalesceKey)) {
			edit.extend(after);
			return;
		}
		AuditEdit edit = new AuditEdit(label, document, before, after, coalesceKey);
		edit.addContext(context);
		try {
			history.execute(edit, null, null);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Forgets every edit, e.g. after reloading the audit from disk. */
	void clear() {
		history.dispose(context, true, true, false);
	}
}
