package kansa.core.audit;

import kansa.core.checklist.RequirementRef;
import kansa.core.internal.Checks;

/**
 * A finding (指摘事項) recorded against a checklist item.
 *
 * @param id               stable key within the audit, e.g. {@code F-003}
 * @param grade            seriousness
 * @param statement        what is wrong or could be better, stated against the requirement
 * @param requirement      the clause not met; may be null when the item's own references apply
 * @param evidence         what the auditor saw that supports the finding
 * @param rootCause        the cause, when analysed
 * @param correctiveAction the request raised; null for observations and opportunities
 */
public record Finding(String id, FindingGrade grade, String statement, RequirementRef requirement, String evidence,
		String rootCause, CorrectiveAction correctiveAction) {

	public Finding {
		id = Checks.id(id, "finding.id");
		grade = Checks.notNull(grade, "finding " + id + ": grade");
		statement = Checks.notBlank(statement, "finding " + id + ": statement");
		evidence = Checks.text(evidence);
		rootCause = Checks.text(rootCause);
	}
}
