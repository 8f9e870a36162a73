package kansa.ui.checklist.internal.editor;

import kansa.checklist.edit.EditCommand;

/** Runs an authoring step on the editor's {@code ChecklistEditor}; false when it was refused (and said so). */
@FunctionalInterface
interface CommandSink {

	boolean execute(EditCommand command);
}
