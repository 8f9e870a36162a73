package kansa.core.checklist;

import kansa.core.internal.Checks;

/**
 * A pointer into a standard or law, e.g. ("ISO/IEC 27001:2022", "A.8.8") or ("個人情報保護法", "第23条").
 */
public record RequirementRef(String standard, String clause) {

	public RequirementRef {
		standard = Checks.notBlank(standard, "requirement.standard");
		clause = Checks.notBlank(clause, "requirement.clause");
	}

	@Override
	public String toString() {
		return standard + " " + clause;
	}
}
