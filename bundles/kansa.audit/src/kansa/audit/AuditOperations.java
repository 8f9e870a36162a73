package kansa.audit;

import java.time.Instant;
import java.time.LocalDate;
import static kansa.audit.AuditRuleException.message;

import java.util.ArrayList;
import java.util.List;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditOverview;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.Evidence;
import kansa.core.audit.Finding;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.RequirementRef;
import kansa.core.text.Message;

/**
 * What an auditor records on site, as operations that return a new {@link Audit}: verdicts, evidence, findings and
 * corrective actions. Each checks the audit's rules and says what is wrong instead of recording bad data.
 */
public final class AuditOperations {

	private AuditOperations() {
	}

	/** Records the verdict for an item (at a site, or for the whole scope when site is empty). */
	public static Audit recordVerdict(Audit audit, String itemId, String site, Verdict verdict, String notes,
			String interviewee, Instant at) throws AuditRuleException {
		checkEditable(audit);
		item(audit, itemId);
		ItemResult current = result(audit, itemId, site);
		ItemResult next = new ItemResult(itemId, site, verdict, notes == null ? current.notes() : notes,
				interviewee == null ? current.interviewee() : interviewee, at, current.evidence(), current.findings());
		return started(audit.withResult(next));
	}

	/**
	 * Replaces what the overview says (監査概要, team, auditees, dates, 総評). Allowed until the audit is reported;
	 * the message names the field that is wrong, in both languages (the records check the same, in English only).
	 */
	public static Audit editOverview(Audit audit, AuditOverview overview) throws AuditRuleException {
		checkEditable(audit);
		if (overview.clientName().isBlank()) {
			throw new AuditRuleException(message("overview.clientEmpty"));
		}
		if (overview.startDate() != null && overview.endDate() != null
				&& overview.endDate().isBefore(overview.startDate())) {
			throw new AuditRuleException(message("overview.endBeforeStart", overview.endDate(), overview.startDate()));
		}
		try {
			return audit.withOverview(overview);
		} catch (IllegalArgumentException e) {
			throw new AuditRuleException(Message.text(e.getMessage()));
		}
	}

	public static Audit attachEvidence(Audit audit, String itemId, String site, Evidence evidence)
			throws AuditRuleException {
		checkEditable(audit);
		item(audit, itemId);
		ItemResult r = result(audit, itemId, site);
		List<Evidence> files = new ArrayList<>(r.evidence());
		files.add(evidence);
		return started(audit.withResult(new ItemResult(itemId, r.site(), r.verdict(), r.notes(), r.interviewee(),
				r.recordedAt(), files, r.findings())));
	}

	/**
	 * Adds a finding. A nonconformity raises a corrective-action request at once (owner and due date may follow),
	 * because a nonconformity without one cannot be reported.
	 */
	public static Audit addFinding(Audit audit, String itemId, String site, FindingGrade grade, String statement,
			String evidence, String rootCause, String request, String owner, LocalDate due) throws AuditRuleException {
		checkEditable(audit);
		ChecklistItem item = item(audit, itemId);
		String id = nextFindingId(audit);
		CorrectiveAction car = grade.requiresCorrectiveAction()
				? new CorrectiveAction("CAR-" + id.substring(2), request, owner, due, CorrectiveActionStatus.OPEN, "")
				: null;
		RequirementRef ref = item.requirements().isEmpty() ? null : item.requirements().get(0);
		Finding f = new Finding(id, grade, statement, ref, evidence, rootCause, car);
		ItemResult r = result(audit, itemId, site);
		List<Finding> findings = new ArrayList<>(r.findings());
		findings.add(f);
		Verdict verdict = worse(r.verdict(), grade.verdict());
		return started(audit.withResult(new ItemResult(itemId, r.site(), verdict, r.notes(), r.interviewee(),
				r.recordedAt(), r.evidence(), findings)));
	}

	/**
	 * Moves a corrective-action request on: 未回答 → 回答受領 (needs the client's response) → 有効性確認済 → 完了.
	 * A rejected response goes back to 未回答. Works for the audit's own requests and carried-over ones.
	 */
	public static Audit updateCorrectiveAction(Audit audit, String carId, CorrectiveActionStatus status,
			String response) throws AuditRuleException {
		if (audit.status() == AuditStatus.CLOSED) {
			throw new AuditRuleException(message("car.auditClosed", audit.id()));
		}
		CorrectiveActions.Located located = CorrectiveActions.locate(audit, carId);
		CorrectiveAction car = located.action();
		String text = response == null || response.isBlank() ? car.response() : response;
		checkTransition(car, status, text);
		return CorrectiveActions.replace(audit, located, new CorrectiveAction(car.id(), car.request(), car.owner(),
				car.dueDate(), status, text));
	}

	private static void checkTransition(CorrectiveAction car, CorrectiveActionStatus to, String response)
			throws AuditRuleException {
		CorrectiveActionStatus from = car.status();
		boolean allowed = switch (to) {
			case OPEN -> from == CorrectiveActionStatus.RESPONSE_RECEIVED;
			case RESPONSE_RECEIVED -> from == CorrectiveActionStatus.OPEN || from == CorrectiveActionStatus.RESPONSE_RECEIVED;
			case VERIFIED -> from == CorrectiveActionStatus.RESPONSE_RECEIVED;
			case CLOSED -> from == CorrectiveActionStatus.VERIFIED;
		};
		if (!allowed) {
			throw new AuditRuleException(message("car.cannotMove", car.id(), from, to,
					Message.sequence(" → ", List.of(CorrectiveActionStatus.values()))));
		}
		if (to == CorrectiveActionStatus.RESPONSE_RECEIVED && response.isBlank()) {
			throw new AuditRuleException(message("car.responseNeeded", car.id(), to));
		}
	}

	/**
	 * The next finding id: numbers restart in every audit (F-001, CAR-001); a request carried over from an earlier
	 * audit keeps its own number and is shown as 前回 (named {@code AUDIT/CAR-nnn} where both exist).
	 */
	static String nextFindingId(Audit audit) {
		int max = audit.findings().stream().map(f -> f.finding().id()).filter(id -> id.matches("F-\\d+"))
				.mapToInt(id -> Integer.parseInt(id.substring(2))).max().orElse(0);
		return String.format("F-%03d", max + 1);
	}

	/** A finding never makes the verdict milder than what the auditor recorded. */
	private static Verdict worse(Verdict a, Verdict b) {
		return a.severity() <= b.severity() ? a : b;
	}

	private static ChecklistItem item(Audit audit, String itemId) throws AuditRuleException {
		return audit.checklist().item(itemId)
				.orElseThrow(() -> new AuditRuleException(message("audit.noItem", audit.id(), itemId)));
	}

	private static ItemResult result(Audit audit, String itemId, String site) {
		String s = site == null ? "" : site.strip();
		return audit.resultsFor(itemId).stream().filter(r -> r.site().equals(s)).findFirst()
				.orElse(new ItemResult(itemId, s, Verdict.NOT_ASSESSED, "", "", null, List.of(), List.of()));
	}

	private static void checkEditable(Audit audit) throws AuditRuleException {
		if (audit.status() == AuditStatus.REPORTED || audit.status() == AuditStatus.CLOSED) {
			throw new AuditRuleException(message("audit.notEditable", audit.id(), audit.status(), AuditStatus.IN_PROGRESS));
		}
	}

	/** Recording anything on a planned audit means the audit has started. */
	private static Audit started(Audit audit) {
		return audit.status() == AuditStatus.PLANNED ? audit.withStatus(AuditStatus.IN_PROGRESS) : audit;
	}
}
