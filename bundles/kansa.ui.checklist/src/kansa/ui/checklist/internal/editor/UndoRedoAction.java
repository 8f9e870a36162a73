package kansa.ui.checklist.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;

import kansa.checklist.edit.ChecklistEditor;
import kansa.ui.checklist.internal.Messages;

/**
 * 元に戻す / やり直し on the {@link ChecklistEditor}'s own history, labelled with the step ("元に戻す: 項目 A.5.1 を
 * 移動"), as the handler of the workbench's global undo and redo actions while the editor is active.
 */
final class UndoRedoAction extends Action {

	private final ChecklistEditor editor;
	private final boolean undo;

	UndoRedoAction(ChecklistEditor editor, boolean undo) {
		this.editor = editor;
		this.undo = undo;
		update();
	}

	@Override
	public void run() {
		if (undo) {
			editor.undo();
		} else {
			editor.redo();
		}
	}

	void update() {
		boolean can = undo ? editor.canUndo() : editor.canRedo();
		String label = undo ? editor.undoLabel() : editor.redoLabel();
		String base = undo ? Messages.Edit_undo : Messages.Edit_redo;
		setEnabled(can);
		setText(can ? NLS.bind(Messages.Edit_withLabel, base, label) : base);
	}
}
