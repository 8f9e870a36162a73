package kansa.ui.audit;

import java.nio.file.Path;

import kansa.ui.editors.WorkspaceEditorInput;

/** What the audit editor edits: one audit of one workspace. */
public final class AuditInput extends WorkspaceEditorInput {

	/** The id of the editor registered for audits (contributed by kansa.ui.audit). */
	public static final String EDITOR_ID = "kansa.ui.audit.editor";

	public AuditInput(Path workspaceRoot, String auditId, String label) {
		super(workspaceRoot, auditId, label);
	}

	public String auditId() {
		return id();
	}

	@Override
	protected Path location() {
		return workspaceRoot().resolve("audits").resolve(id());
	}
}
