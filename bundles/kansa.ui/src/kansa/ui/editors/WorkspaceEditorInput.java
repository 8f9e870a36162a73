package kansa.ui.editors;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What an editor edits: one document (an audit, a checklist) of one workspace, named by its id. Equal inputs open
 * the same editor, so opening a document twice activates the editor already open.
 */
public abstract class WorkspaceEditorInput implements IEditorInput {

	private final Path workspaceRoot;
	private final String id;
	private final String label;

	protected WorkspaceEditorInput(Path workspaceRoot, String id, String label) {
		this.workspaceRoot = workspaceRoot.toAbsolutePath().normalize();
		this.id = Objects.requireNonNull(id);
		this.label = label == null || label.isBlank() ? id : label;
	}

	public Path workspaceRoot() {
		return workspaceRoot;
	}

	protected String id() {
		return id;
	}

	/** The file or folder of the document, shown as the editor tab's tool tip. */
	protected abstract Path location();

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
		return location().toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof WorkspaceEditorInput other && other.getClass() == getClass()
				&& other.workspaceRoot.equals(workspaceRoot) && other.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(getClass(), workspaceRoot, id);
	}
}
