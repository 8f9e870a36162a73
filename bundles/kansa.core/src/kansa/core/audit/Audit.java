package kansa.core.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.internal.Checks;

/**
 * An audit of one client against one checklist. The audit keeps its own snapshot of the checklist, so later
 * edits of the checklist never change what was audited.
 *
 * @param id              stable key, also the name of the audit's folder
 * @param title           e.g. 「2026年度 内部監査」
 * @param client          audited organisation
 * @param scope           what is in scope (organisation units, processes, sites)
 * @param objective       why the audit is done (監査の目的)
 * @param criteria        audit criteria (監査基準): standards, the client's own rules
 * @param startDate       first day on site; may be null while planning
 * @param endDate         last day on site; may be null while planning
 * @param leadAuditor     lead auditor (監査責任者)
 * @param team            other auditors
 * @param auditees        people interviewed
 * @param status          life-cycle state
 * @param summary         the lead auditor's overall assessment (総評)
 * @param checklist       snapshot of the checklist run
 * @param results         results per item (and site)
 * @param previousAuditId the previous audit of the same client, or empty
 * @param carriedOver     corrective actions still open from earlier audits, followed up in this one
 */
public record Audit(String id, String title, Client client, String scope, String objective, List<String> criteria,
		LocalDate startDate, LocalDate endDate, String leadAuditor, List<String> team, List<Auditee> auditees,
		AuditStatus status, String summary, Checklist checklist, List<ItemResult> results, String previousAuditId,
		List<CarriedAction> carriedOver) {

	public Audit {
		id = Checks.id(id, "audit.id");
		title = Checks.text(title);
		client = Checks.notNull(client, "audit " + id + ": client");
		scope = Checks.text(scope);
		objective = Checks.text(objective);
		criteria = Checks.list(criteria, "audit " + id + ": criteria");
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("audit " + id + ": endDate " + endDate + " is before startDate " + startDate);
		}
		leadAuditor = Checks.text(leadAuditor);
		team = Checks.list(team, "audit " + id + ": team");
		auditees = Checks.list(auditees, "audit " + id + ": auditees");
		status = status == null ? AuditStatus.PLANNED : status;
		summary = Checks.text(summary);
		checklist = Checks.notNull(checklist, "audit " + id + ": checklist");
		results = Checks.list(results, "audit " + id + ": results");
		previousAuditId = Checks.text(previousAuditId);
		carriedOver = Checks.list(carriedOver, "audit " + id + ": carriedOver");
		checkResults(id, checklist, results, carriedOver);
	}

	/** An audit with nothing carried over from earlier audits. */
	public Audit(String id, String title, Client client, String scope, String objective, List<String> criteria,
			LocalDate startDate, LocalDate endDate, String leadAuditor, List<String> team, List<Auditee> auditees,
			AuditStatus status, String summary, Checklist checklist, List<ItemResult> results, String previousAuditId) {
		this(id, title, client, scope, objective, criteria, startDate, endDate, leadAuditor, team, auditees, status,
				summary, checklist, results, previousAuditId, List.of());
	}

	private static void checkResults(String id, Checklist checklist, List<ItemResult> results,
			List<CarriedAction> carriedOver) {
		Set<String> itemIds = new HashSet<>();
		checklist.items().forEach(i -> itemIds.add(i.id()));
		Set<String> keys = new HashSet<>();
		Set<String> findingIds = new HashSet<>();
		Set<String> actionIds = new HashSet<>();
		for (ItemResult r : results) {
			if (!itemIds.contains(r.itemId())) {
				throw new IllegalArgumentException("audit " + id + ": result for unknown item " + r.itemId());
			}
			if (!keys.add(r.itemId() + "\u0000" + r.site())) {
				throw new IllegalArgumentException("audit " + id + ": two results for item " + r.itemId()
						+ (r.site().isEmpty() ? "" : " at " + r.site()));
			}
			for (Finding f : r.findings()) {
				if (!findingIds.add(f.id())) {
					throw new IllegalArgumentException("audit " + id + ": finding id " + f.id() + " used twice");
				}
				if (f.correctiveAction() != null && !actionIds.add(f.correctiveAction().id())) {
					throw new IllegalArgumentException("audit " + id + ": corrective action id "
							+ f.correctiveAction().id() + " used twice");
				}
			}
		}
		// numbers restart in every audit: a carried request is told apart by the audit that raised it
		Set<String> carriedRefs = new HashSet<>();
		for (CarriedAction c : carriedOver) {
			if (!carriedRefs.add(c.reference())) {
				throw new IllegalArgumentException("audit " + id + ": corrective action " + c.reference()
						+ " carried over twice");
			}
		}
	}

	/** Results for one item, one per site where it was audited. */
	public List<ItemResult> resultsFor(String itemId) {
		return results.stream().filter(r -> r.itemId().equals(itemId)).toList();
	}

	/**
	 * The verdict that stands for the item: the most serious one over all sites (a nonconformity at one site is a
	 * nonconformity of the item), or 未評価 when there is none.
	 */
	public Verdict verdictOf(String itemId) {
		return standing(resultsFor(itemId));
	}

	/**
	 * The standing verdict of every item that has a result, built in one pass: for whole-audit views, where calling
	 * {@link #verdictOf} per item would scan every result for every item. Items without a result are absent (未評価).
	 */
	public Map<String, Verdict> standingVerdicts() {
		Map<String, Verdict> map = new HashMap<>();
		resultsByItem().forEach((itemId, itemResults) -> map.put(itemId, standing(itemResults)));
		return map;
	}

	private static Verdict standing(List<ItemResult> itemResults) {
		return itemResults.stream().map(ItemResult::verdict).min(Comparator.comparingInt(Verdict::severity))
				.orElse(Verdict.NOT_ASSESSED);
	}

	/** Results grouped by item id, built once per call so that whole-audit views stay linear in size. */
	public Map<String, List<ItemResult>> resultsByItem() {
		Map<String, List<ItemResult>> byItem = new HashMap<>();
		results.forEach(r -> byItem.computeIfAbsent(r.itemId(), k -> new ArrayList<>()).add(r));
		return byItem;
	}


	/** Count of items per standing verdict; every verdict is a key. */
	public Map<Verdict, Integer> verdictCounts() {
		return verdictCounts(checklist.items());
	}

	/** Count per standing verdict over the given items (e.g. one section's). */
	public Map<Verdict, Integer> verdictCounts(Stream<ChecklistItem> items) {
		Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
		for (Verdict v : Verdict.values()) {
			counts.put(v, 0);
		}
		Map<String, List<ItemResult>> byItem = resultsByItem();
		items.forEach(i -> counts.merge(standing(byItem.getOrDefault(i.id(), List.of())), 1, Integer::sum));
		return counts;
	}

	/** Every finding with the item and site it was recorded against, in checklist order. */
	public List<RecordedFinding> findings() {
		List<RecordedFinding> all = new ArrayList<>();
		Map<String, List<ItemResult>> byItem = resultsByItem();
		checklist.items().forEach(item -> byItem.getOrDefault(item.id(), List.of())
				.forEach(r -> r.findings().forEach(f -> all.add(new RecordedFinding(item, r.site(), f)))));
		return all;
	}

	/** Every evidence file with the item it backs, in checklist order. */
	public List<RecordedEvidence> evidence() {
		List<RecordedEvidence> all = new ArrayList<>();
		Map<String, List<ItemResult>> byItem = resultsByItem();
		checklist.items().forEach(item -> byItem.getOrDefault(item.id(), List.of())
				.forEach(r -> r.evidence().forEach(e -> all.add(new RecordedEvidence(item, r.site(), e)))));
		return all;
	}

	public Optional<RecordedFinding> finding(String findingId) {
		return findings().stream().filter(f -> f.finding().id().equals(findingId)).findFirst();
	}

	/** A copy with the result for (item, site) replaced or added. */
	public Audit withResult(ItemResult result) {
		List<ItemResult> next = new ArrayList<>(results);
		next.removeIf(r -> r.itemId().equals(result.itemId()) && r.site().equals(result.site()));
		next.add(result);
		return new Audit(id, title, client, scope, objective, criteria, startDate, endDate, leadAuditor, team,
				auditees, status, summary, checklist, next, previousAuditId, carriedOver);
	}

	public Audit withStatus(AuditStatus newStatus) {
		return new Audit(id, title, client, scope, objective, criteria, startDate, endDate, leadAuditor, team,
				auditees, newStatus, summary, checklist, results, previousAuditId, carriedOver);
	}

	public Audit withSummary(String newSummary) {
		return new Audit(id, title, client, scope, objective, criteria, startDate, endDate, leadAuditor, team,
				auditees, status, newSummary, checklist, results, previousAuditId, carriedOver);
	}

	public Audit withCarriedOver(List<CarriedAction> actions) {
		return new Audit(id, title, client, scope, objective, criteria, startDate, endDate, leadAuditor, team,
				auditees, status, summary, checklist, results, previousAuditId, actions);
	}

	public Audit withPreviousAuditId(String previous) {
		return new Audit(id, title, client, scope, objective, criteria, startDate, endDate, leadAuditor, team,
				auditees, status, summary, checklist, results, previous, carriedOver);
	}

	/** What the report's overview and 総評 say, as one editable value. */
	public AuditOverview overview() {
		return new AuditOverview(title, client.name(), client.sites(), scope, objective, criteria, startDate, endDate,
				leadAuditor, team, auditees, summary);
	}

	/**
	 * A copy with the overview replaced. The record's own checks apply (client name not empty, end date not before
	 * the start date), so a bad overview is refused here whoever edits it.
	 */
	public Audit withOverview(AuditOverview o) {
		return new Audit(id, o.title(), new Client(o.clientName(), o.sites()), o.scope(), o.objective(), o.criteria(),
				o.startDate(), o.endDate(), o.leadAuditor(), o.team(), o.auditees(), status, o.summary(), checklist,
				results, previousAuditId, carriedOver);
	}

	/** A finding located in the checklist. */
	public record RecordedFinding(ChecklistItem item, String site, Finding finding) {
	}

	/** An evidence file located in the checklist. */
	public record RecordedEvidence(ChecklistItem item, String site, Evidence evidence) {
	}
}
