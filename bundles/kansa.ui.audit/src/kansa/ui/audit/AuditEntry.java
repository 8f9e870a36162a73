package kansa.ui.audit;

import java.nio.file.Path;

import kansa.core.audit.AuditStatus;

/**
 * An audit as the navigator lists it and commands find it in the selection.
 *
 * @param answered items with a verdict
 * @param total    items of the audit's checklist
 */
public record AuditEntry(Path workspaceRoot, String id, String title, String client, AuditStatus status,
		String checklist, int answered, int total, int findings) {

	public AuditInput input() {
		return new AuditInput(workspaceRoot, id, title.isBlank() ? id : title);
	}
}
