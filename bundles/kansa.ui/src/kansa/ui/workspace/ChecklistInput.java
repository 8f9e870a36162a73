package kansa.ui.workspace;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What the checklist editor edits: one checklist of one workspace. Equal inputs open the same editor, so opening
 * a checklist twice activates the editor already open.
 */
public final class ChecklistInput implements IEditorInput {

	/** The id of the editor registered for workspace checklists (contributed by kansa.ui.checklist). */
	public static final String EDITOR_ID = "kansa.ui.checklist.editor";

	private final Path workspaceRoot;
	private final String checklistId;
	private final String label;

	public ChecklistInput(Path workspaceRoot, String checklistId, String label) {
		this.workspaceRoot = workspaceRoot.toAbsolutePath().normalize();
		this.checklistId = Objects.requireNonNull(checklistId);
		this.label = label == null || label.isBlank() ? checklistId : label;
	}

	public Path workspaceRoot() {
		return workspaceRoot;
	}

	public String checklistId() {
		return checklistId;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return label;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return workspaceRoot.resolve("checklists").resolve(checklistId + ".json").toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ChecklistInput other && other.workspaceRoot.equals(workspaceRoot)
				&& other.checklistId.equals(checklistId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(workspaceRoot, checklistId);
	}
}
