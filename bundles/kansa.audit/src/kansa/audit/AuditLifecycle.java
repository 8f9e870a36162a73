package kansa.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.Finding;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.core.text.LocalizedText;

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
		return reasons(audit, to).stream().map(AuditRuleException::oneLine).toList();
	}

	/** What stands in the way, in both languages; empty when the move is allowed. @since 0.1.1 */
	public static List<LocalizedText> reasons(Audit audit, AuditStatus to) {
		AuditStatus from = audit.status();
		List<LocalizedText> problems = new ArrayList<>();
		boolean allowed = switch (to) {
			case PLANNED -> from == AuditStatus.PLANNED;
			case IN_PROGRESS -> from == AuditStatus.PLANNED || from == AuditStatus.IN_PROGRESS || from == AuditStatus.REPORTED;
			case REPORTED -> from == AuditStatus.IN_PROGRESS || from == AuditStatus.REPORTED;
			case CLOSED -> from == AuditStatus.REPORTED;
		};
		if (!allowed) {
			problems.add(LocalizedText.of(from.label(Locale.JAPANESE) + " から " + to.label(Locale.JAPANESE)
					+ " には進めません（" + steps(Locale.JAPANESE) + "）", "cannot go from " + english(from) + " to "
					+ english(to) + " (" + steps(Locale.ENGLISH) + ")"));
			return problems;
		}
		if (to == AuditStatus.REPORTED) {
			reportReadiness(audit, problems);
		}
		if (to == AuditStatus.CLOSED) {
			for (CorrectiveAction car : CorrectiveActions.open(audit)) {
				problems.add(LocalizedText.of(car.id() + " はまだ" + car.status().label(Locale.JAPANESE) + "です",
						car.id() + " is still " + AuditOperations.english(car.status().label(Locale.ENGLISH))));
			}
		}
		return problems;
	}

	public static Audit moveTo(Audit audit, AuditStatus to) throws AuditRuleException {
		List<LocalizedText> problems = reasons(audit, to);
		if (!problems.isEmpty()) {
			throw new AuditRuleException(LocalizedText.of("監査 " + audit.id() + " を" + to.label(Locale.JAPANESE)
					+ "にできません: " + problems.stream().map(LocalizedText::ja).collect(Collectors.joining("、")),
					"audit " + audit.id() + " cannot be " + english(to) + ": "
							+ problems.stream().map(LocalizedText::en).collect(Collectors.joining("; "))));
		}
		return audit.withStatus(to);
	}

	/**
	 * A nonconformity finding whose grade is not the verdict recorded beside it (a 軽微 finding on a 重大 item, or
	 * on one judged 適合 afterwards): the report would contradict itself.
	 */
	private static Optional<LocalizedText> gradeMismatch(ChecklistItem item, ItemResult r) {
		Optional<FindingGrade> worst = r.findings().stream().map(Finding::grade)
				.filter(FindingGrade::requiresCorrectiveAction).min(Comparator.comparingInt(g -> g.verdict().severity()));
		if (worst.isEmpty() || worst.get().verdict() == r.verdict()) {
			return Optional.empty(); // a nonconformity without a finding is reported on its own
		}
		String where = r.site().isEmpty() ? "" : "（" + r.site() + "）";
		return Optional.of(LocalizedText.of(item.label(Locale.JAPANESE) + where + " は" + r.verdict().label(Locale.JAPANESE)
				+ "ですが、指摘事項は" + worst.get().label(Locale.JAPANESE) + "です", item.label(Locale.ENGLISH)
				+ (r.site().isEmpty() ? "" : " (" + r.site() + ")") + " is "
				+ AuditOperations.english(r.verdict().label(Locale.ENGLISH)) + " but its finding is "
				+ AuditOperations.english(worst.get().label(Locale.ENGLISH))));
	}

	private static String english(AuditStatus status) {
		return AuditOperations.english(status.label(Locale.ENGLISH));
	}

	private static String steps(Locale locale) {
		return Arrays.stream(AuditStatus.values()).map(s -> locale == Locale.ENGLISH ? english(s) : s.label(locale))
				.collect(Collectors.joining(" → "));
	}

	private static void reportReadiness(Audit audit, List<LocalizedText> problems) {
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
				problems.add(LocalizedText.of(item.label(Locale.JAPANESE) + " は" + v.label(Locale.JAPANESE)
						+ "ですが指摘事項がありません", item.label(Locale.ENGLISH) + " is "
								+ AuditOperations.english(v.label(Locale.ENGLISH)) + " but has no finding"));
			}
			for (ItemResult r : results) {
				gradeMismatch(item, r).ifPresent(problems::add);
			}
		}
		if (!unjudged.isEmpty()) {
			String list = String.join(", ", unjudged.subList(0, Math.min(8, unjudged.size())))
					+ (unjudged.size() > 8 ? ", …" : "");
			problems.add(LocalizedText.of("未評価の項目が " + unjudged.size() + " 件あります（" + list + "）",
					unjudged.size() + " items are not assessed (" + list + ")"));
		}
	}
}
