package kansa.ui.checklist;

import java.nio.file.Path;

import kansa.ui.editors.WorkspaceEditorInput;

/** What the checklist editor edits: one checklist of one workspace. */
public final class ChecklistInput extends WorkspaceEditorInput {

	/** The id of the editor registered for workspace checklists (contributed by kansa.ui.checklist). */
	public static final String EDITOR_ID = "kansa.ui.checklist.editor";

	public ChecklistInput(Path workspaceRoot, String checklistId, String label) {
		super(workspaceRoot, checklistId, label);
	}

	public String checklistId() {
		return id();
	}

	@Override
	protected Path location() {
		return workspaceRoot().resolve("checklists").resolve(id() + ".json");
	}
}
