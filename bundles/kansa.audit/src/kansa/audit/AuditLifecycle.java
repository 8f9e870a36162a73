package kansa.audit;

import static kansa.audit.AuditRuleException.message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.Finding;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.core.text.Language;
import kansa.core.text.LocalizedText;
import kansa.core.text.Message;

/**
 * The audit life cycle: 計画 → 実施中 → 報告済 → 完了, with a reported audit reopenable while corrections are
 * made. A step is refused, with every reason listed, while the audit is not ready for it.
 */
public final class AuditLifecycle {

	private AuditLifecycle() {
	}

	/**
	 * What stands in the way of moving the audit to the status, each reason as one line 「日本語 / English」; empty
	 * when the move is allowed.
	 */
	public static List<String> problems(Audit audit, AuditStatus to) {
		return reasons(audit, to).stream().map(Message::inBoth).toList();
	}

	/**
	 * What stands in the way, to be shown in the user's language; empty when the move is allowed. A refused step
	 * is {@code audit.cannotMove}. @since 0.1.1
	 */
	public static List<Message> reasons(Audit audit, AuditStatus to) {
		AuditStatus from = audit.status();
		List<Message> problems = new ArrayList<>();
		boolean allowed = switch (to) {
			case PLANNED -> from == AuditStatus.PLANNED;
			case IN_PROGRESS -> from == AuditStatus.PLANNED || from == AuditStatus.IN_PROGRESS || from == AuditStatus.REPORTED;
			case REPORTED -> from == AuditStatus.IN_PROGRESS || from == AuditStatus.REPORTED;
			case CLOSED -> from == AuditStatus.REPORTED;
		};
		if (!allowed) {
			problems.add(message("audit.cannotMove", from, to, Message.sequence(" → ", List.of(AuditStatus.values()))));
			return problems;
		}
		if (to == AuditStatus.REPORTED) {
			reportReadiness(audit, problems);
		}
		if (to == AuditStatus.CLOSED) {
			for (CorrectiveAction car : CorrectiveActions.open(audit)) {
				problems.add(message("audit.carStillOpen", car.id(), car.status()));
			}
		}
		return problems;
	}

	/** Moves the audit on, or refuses with {@code audit.refused} listing every reason. */
	public static Audit moveTo(Audit audit, AuditStatus to) throws AuditRuleException {
		List<Message> problems = reasons(audit, to);
		if (!problems.isEmpty()) {
			throw new AuditRuleException(message("audit.refused", audit.id(), to, Message.joined(problems)));
		}
		return audit.withStatus(to);
	}

	/**
	 * A nonconformity finding whose grade is not the verdict recorded beside it (a 軽微 finding on a 重大 item, or
	 * on one judged 適合 afterwards): the report would contradict itself.
	 */
	private static Optional<Message> gradeMismatch(ChecklistItem item, ItemResult r) {
		Optional<FindingGrade> worst = r.findings().stream().map(Finding::grade)
				.filter(FindingGrade::requiresCorrectiveAction).min(Comparator.comparingInt(g -> g.verdict().severity()));
		if (worst.isEmpty() || worst.get().verdict() == r.verdict()) {
			return Optional.empty(); // a nonconformity without a finding is reported on its own
		}
		Object where = r.site().isEmpty() ? "" : message("audit.site", r.site());
		return Optional.of(message("audit.gradeMismatch", label(item), where, r.verdict(), worst.get()));
	}

	/** An item as its number and title, in either language. */
	private static LocalizedText label(ChecklistItem item) {
		return LocalizedText.of(item.label(Language.JA.locale()), item.label(Language.EN.locale()));
	}

	private static void reportReadiness(Audit audit, List<Message> problems) {
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
				problems.add(message("audit.noFinding", label(item), v));
			}
			for (ItemResult r : results) {
				gradeMismatch(item, r).ifPresent(problems::add);
			}
		}
		if (!unjudged.isEmpty()) {
			String list = String.join(", ", unjudged.subList(0, Math.min(8, unjudged.size())))
					+ (unjudged.size() > 8 ? ", …" : "");
			problems.add(message("audit.unassessed", String.valueOf(unjudged.size()), list));
		}
	}
}
