package kansa.core.audit;

import java.time.Instant;
import java.util.List;

import kansa.core.internal.Checks;

/**
 * What was found for one checklist item, at one site or department (or for the whole scope when site is empty).
 */
public record ItemResult(String itemId, String site, Verdict verdict, String notes, String interviewee,
		Instant recordedAt, List<Evidence> evidence, List<Finding> findings) {

	public ItemResult {
		itemId = Checks.id(itemId, "result.itemId");
		site = Checks.text(site);
		verdict = verdict == null ? Verdict.NOT_ASSESSED : verdict;
		// kept as typed: the editor stores the box's text on every key, and stripping a trailing space or line
		// break made it write the shorter text back, sending the caret to the start
		notes = notes == null ? "" : notes;
		interviewee = Checks.text(interviewee);
		evidence = Checks.list(evidence, "result " + itemId + ": evidence");
		findings = Checks.list(findings, "result " + itemId + ": findings");
	}

	public static ItemResult unassessed(String itemId) {
		return new ItemResult(itemId, "", Verdict.NOT_ASSESSED, "", "", null, List.of(), List.of());
	}
}
