package kansa.core.checklist;

import java.util.List;

import kansa.core.internal.Checks;
import kansa.core.text.LocalizedText;

/**
 * A table that maps items of one checklist to items of another where both deal with the same subject, e.g.
 * ISO/IEC 27001 A.5.19 (supplier relationships) to JIS Q 15001 A.3.4.3.4 (委託先の監督). Lets an auditor who
 * runs one checklist reuse the evidence of the other.
 *
 * @param id      stable key of the table
 * @param title   display title
 * @param from    id of the checklist on the left
 * @param to      id of the checklist on the right
 * @param entries the mapped items
 */
public record ChecklistMapping(String id, LocalizedText title, String from, String to, List<Entry> entries) {

	public ChecklistMapping {
		id = Checks.id(id, "mapping.id");
		title = title == null ? LocalizedText.EMPTY : title;
		from = Checks.id(from, "mapping " + id + ": from");
		to = Checks.id(to, "mapping " + id + ": to");
		entries = Checks.list(entries, "mapping " + id + ": entries");
	}

	/**
	 * One line of the table.
	 *
	 * @param fromItem item id in {@code from}
	 * @param toItems  item ids in {@code to} covering the same subject
	 * @param subject  the common subject, e.g. 「委託先・供給者の管理」
	 */
	public record Entry(String fromItem, List<String> toItems, LocalizedText subject) {

		public Entry {
			fromItem = Checks.id(fromItem, "mapping.fromItem");
			String field = "mapping " + fromItem + ": toItems";
			toItems = Checks.list(toItems, field);
			toItems.forEach(t -> Checks.id(t, field));
			subject = subject == null ? LocalizedText.EMPTY : subject;
		}
	}

	/** Items in {@code to} mapped to one item in {@code from}. */
	public List<String> toItemsOf(String fromItem) {
		return entries.stream().filter(e -> e.fromItem().equals(fromItem)).flatMap(e -> e.toItems().stream()).toList();
	}

	/** Items in {@code from} mapped to one item in {@code to}. */
	public List<String> fromItemsOf(String toItem) {
		return entries.stream().filter(e -> e.toItems().contains(toItem)).map(Entry::fromItem).toList();
	}
}
