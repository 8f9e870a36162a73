package kansa.core.audit;

import kansa.core.internal.Checks;

/** A person interviewed during the audit. */
public record Auditee(String name, String department, String role) {

	public Auditee {
		name = Checks.notBlank(name, "auditee.name");
		department = Checks.text(department);
		role = Checks.text(role);
	}
}
