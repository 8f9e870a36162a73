package kansa.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.Finding;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.ItemResult;
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

	/**
	 * A nonconformity finding whose grade is not the verdict recorded beside it (a 軽微 finding on a 重大 item, or
	 * on one judged 適合 afterwards): the report would contradict itself.
	 */
	private static Optional<String> gradeMismatch(ChecklistItem item, ItemResult r) {
		Optional<FindingGrade> worst = r.findings().stream().map(Finding::grade)
				.filter(FindingGrade::requiresCorrectiveAction).min(Comparator.comparingInt(g -> g.verdict().severity()));
		if (worst.isEmpty() || worst.get().verdict() == r.verdict()) {
			return Optional.empty(); // a nonconformity without a finding is reported on its own
		}
		String where = r.site().isEmpty() ? "" : " (" + r.site() + ")";
		return Optional.of(item.label(Locale.JAPANESE) + where + " is " + r.verdict().label(Locale.JAPANESE)
				+ " but its finding is " + worst.get().label(Locale.JAPANESE));
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
			for (ItemResult r : results) {
				gradeMismatch(item, r).ifPresent(problems::add);
			}
		}
		if (!unjudged.isEmpty()) {
			problems.add(unjudged.size() + " items are 未評価 (" + String.join(", ", unjudged.subList(0, Math.min(8,
					unjudged.size()))) + (unjudged.size() > 8 ? ", …" : "") + ")");
		}
	}
}
