package kansa.ui.audit.internal.editor;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import kansa.ui.audit.internal.Messages;

/**
 * 元に戻す / やり直し for the editor's edits, labelled with what they undo ("元に戻す: 判定 A.5.1"), as the handler
 * of the workbench's global undo and redo actions (Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z).
 */
final class UndoRedoAction extends Action implements IOperationHistoryListener {

	private final EditHistory edits;
	private final boolean undo;

	UndoRedoAction(EditHistory edits, boolean undo) {
		this.edits = edits;
		this.undo = undo;
		edits.history().addOperationHistoryListener(this);
		update();
	}

	@Override
	public void run() {
		try {
			if (undo) {
				edits.history().undo(edits.context(), null, null);
			} else {
				edits.history().redo(edits.context(), null, null);
			}
		} catch (ExecutionException e) {
			// an AuditEdit never fails: it only swaps immutable snapshots
		}
	}

	@Override
	public void historyNotification(OperationHistoryEvent event) {
		Display display = Display.getCurrent();
		if (display != null) {
			update();
		}
	}

	void update() {
		IUndoableOperation op = undo ? edits.history().getUndoOperation(edits.context())
				: edits.history().getRedoOperation(edits.context());
		String base = undo ? Messages.Edit_undo : Messages.Edit_redo;
		setEnabled(op != null);
		setText(op == null ? base : NLS.bind(Messages.Edit_withLabel, base, op.getLabel()));
	}

	void dispose() {
		edits.history().removeOperationHistoryListener(this);
	}
}
