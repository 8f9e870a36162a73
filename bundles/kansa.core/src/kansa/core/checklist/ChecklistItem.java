package kansa.core.checklist;

import java.util.List;
import java.util.Map;

import kansa.core.internal.Checks;
import kansa.core.text.LocalizedText;

/**
 * One thing an auditor checks.
 *
 * @param id               stable key, kept when the item is renumbered or derived into another checklist
 * @param number           display number, e.g. {@code A.8.8} or {@code J.9.2}
 * @param title            short title
 * @param requirements     clauses of standards and laws this item verifies
 * @param questions        what to ask the auditee
 * @param howToCheck       確認方法: how the auditor verifies the answer
 * @param expectedEvidence documents and records that should exist
 * @param guidance         hints for the auditor
 * @param extras           further named fields, e.g. columns of an imported sheet that Kansa has no field for
 * @param related          cross-references to other items of this or another checklist (since 0.1.1)
 * @param notApplicable    scopes this item does not apply to, with reasons (適用除外, since 0.1.1)
 */
public record ChecklistItem(String id, String number, LocalizedText title, List<RequirementRef> requirements,
		List<LocalizedText> questions, LocalizedText howToCheck, LocalizedText expectedEvidence, LocalizedText guidance,
		Map<String, String> extras, List<ItemRef> related, List<NotApplicable> notApplicable) {

	public ChecklistItem {
		id = Checks.id(id, "item.id");
		number = Checks.text(number);
		title = Checks.notNull(title, "item " + id + ": title");
		if (title.isEmpty()) {
			throw new IllegalArgumentException("item " + id + ": title must not be empty");
		}
		requirements = Checks.list(requirements, "item " + id + ": requirements");
		questions = Checks.list(questions, "item " + id + ": questions");
		howToCheck = howToCheck == null ? LocalizedText.EMPTY : howToCheck;
		expectedEvidence = expectedEvidence == null ? LocalizedText.EMPTY : expectedEvidence;
		guidance = guidance == null ? LocalizedText.EMPTY : guidance;
		extras = Checks.map(extras);
		related = Checks.list(related, "item " + id + ": related");
		notApplicable = Checks.list(notApplicable, "item " + id + ": notApplicable");
	}

	/** An item without cross-references or exclusions (the shape before 0.1.1). */
	public ChecklistItem(String id, String number, LocalizedText title, List<RequirementRef> requirements,
			List<LocalizedText> questions, LocalizedText howToCheck, LocalizedText expectedEvidence,
			LocalizedText guidance, Map<String, String> extras) {
		this(id, number, title, requirements, questions, howToCheck, expectedEvidence, guidance, extras, List.of(),
				List.of());
	}

	/** Display label: number and title, as consultants write them ("A.5.1 情報セキュリティのための方針群"). */
	public String label(java.util.Locale locale) {
		String t = title.get(locale);
		return number.isEmpty() ? t : number + " " + t;
	}

	/** False when the item is marked not applicable for the scope (or everywhere). */
	public boolean isApplicable(String scope) {
		return notApplicable.stream().noneMatch(n -> n.appliesTo(scope));
	}
}
