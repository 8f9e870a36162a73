package kansa.core.audit;

import kansa.core.internal.Checks;

/**
 * A corrective-action request still open from an earlier audit of the same client, brought into this audit so
 * that its follow-up is recorded here (前回監査からの継続案件).
 *
 * @param fromAuditId the audit that raised it
 * @param findingId   the finding there
 * @param itemId      the checklist item of the finding
 * @param statement   the finding's statement, kept so the request reads on its own
 * @param action      the request, with its status as followed up in this audit
 */
public record CarriedAction(String fromAuditId, String findingId, String itemId, String statement,
		CorrectiveAction action) {

	public CarriedAction {
		fromAuditId = Checks.id(fromAuditId, "carriedOver.fromAuditId");
		findingId = Checks.id(findingId, "carriedOver.findingId");
		itemId = Checks.id(itemId, "carriedOver.itemId");
		statement = Checks.text(statement);
		action = Checks.notNull(action, "carriedOver " + findingId + ": action");
	}

	/**
	 * How to name the request unambiguously in this audit, e.g. {@code 2025-isms/CAR-001}: numbers restart in every
	 * audit, so this audit may have a CAR-001 of its own. @since 0.1.1
	 */
	public String reference() {
		return fromAuditId + "/" + action.id();
	}

	public CarriedAction withAction(CorrectiveAction updated) {
		return new CarriedAction(fromAuditId, findingId, itemId, statement, updated);
	}
}
