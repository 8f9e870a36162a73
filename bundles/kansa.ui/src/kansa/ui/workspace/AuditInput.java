package kansa.ui.workspace;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What the audit editor edits: one audit of one workspace. Equal inputs open the same editor, so opening an audit
 * twice activates the editor already open.
 */
public final class AuditInput implements IEditorInput {

	/** The id of the editor registered for audits (contributed by kansa.ui.audit). */
	public static final String EDITOR_ID = "kansa.ui.audit.editor";

	private final Path workspaceRoot;
	private final String auditId;
	private final String label;

	public AuditInput(Path workspaceRoot, String auditId, String label) {
		this.workspaceRoot = workspaceRoot.toAbsolutePath().normalize();
		this.auditId = Objects.requireNonNull(auditId);
		this.label = label == null || label.isBlank() ? auditId : label;
	}

	public Path workspaceRoot() {
		return workspaceRoot;
	}

	public String auditId() {
		return auditId;
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
		return workspaceRoot.resolve("audits").resolve(auditId).toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AuditInput other && other.workspaceRoot.equals(workspaceRoot)
				&& other.auditId.equals(auditId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(workspaceRoot, auditId);
	}
}
