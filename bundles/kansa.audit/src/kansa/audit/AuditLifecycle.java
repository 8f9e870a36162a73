package kansa.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;

/**
 * The audit life cycle: 計画 → 実施中 → 報告済 → 完了, with a reported audit reopenable while corrections are
 * made. A step is refused, with every reason listed, while the audit is not ready for it.
 */
public final class AuditLifecycle {

	private AuditLifecycle() {
	}

	/** What stands in the way of moving the audit to the status; empty when the move is allowed. */
	public static List<String> problems(Audit audit, AuditStatus to) {
		AuditStatus from = audit.status();
		List<String> problems = new ArrayList<>();
		boolean allowed = switch (to) {
			case PLANNED -> from == AuditStatus.PLANNED;
			case IN_PROGRESS -> from == AuditStatus.PLANNED || from == AuditStatus.IN_PROGRESS || from == AuditStatus.REPORTED;
			case REPORTED -> from == AuditStatus.IN_PROGRESS || from == AuditStatus.REPORTED;
			case CLOSED -> from == AuditStatus.REPORTED;
		};
		if (!allowed) {
			problems.add("cannot go from " + from.label(Locale.JAPANESE) + " to " + to.label(Locale.JAPANESE)
					+ " (計画 → 実施中 → 報告済 → 完了)");
			return problems;
		}
		if (to == AuditStatus.REPORTED) {
			reportReadiness(audit, problems);
		}
		if (to == AuditStatus.CLOSED) {
			for (CorrectiveAction car : CorrectiveActions.open(audit)) {
				problems.add(car.id() + " is still " + car.status().label(Locale.JAPANESE));
			}
		}
		return problems;
	}

	public static Audit moveTo(Audit audit, AuditStatus to) throws AuditRuleException {
		List<String> problems = problems(audit, to);
		if (!problems.isEmpty()) {
			throw new AuditRuleException("audit " + audit.id() + " cannot be " + to.label(Locale.JAPANESE) + ": "
					+ String.join("; ", problems));
		}
		return audit.withStatus(to);
	}

	private static void reportReadiness(Audit audit, List<String> problems) {
		var byItem = audit.resultsByItem();
		List<String> unjudged = new ArrayList<>();
		for (ChecklistItem item : audit.checklist().items().toList()) {
			var results = byItem.getOrDefault(item.id(), List.of());
			Verdict v = audit.verdictOf(item.id());
			if (v == Verdict.NOT_ASSESSED) {
				unjudged.add(item.number().isEmpty() ? item.id() : item.number());
			}
			boolean hasNonconformityFinding = results.stream().flatMap(r -> r.findings().stream())
					.anyMatch(f -> f.grade().requiresCorrectiveAction());
			if (v.isNonconformity() && !hasNonconformityFinding) {
				problems.add(item.label(Locale.JAPANESE) + " is " + v.label(Locale.JAPANESE) + " but has no finding");
			}
		}
		if (!unjudged.isEmpty()) {
			problems.add(unjudged.size() + " items are 未評価 (" + String.join(", ", unjudged.subList(0, Math.min(8,
					unjudged.size()))) + (unjudged.size() > 8 ? ", …" : "") + ")");
		}
	}
}
