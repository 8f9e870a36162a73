package kansa.checklist.diff;

import java.util.List;

/**
 * What changed between two versions of a checklist. Items and sections are matched by id, so a renumbered item is
 * an edit of its number, not a removal and an addition.
 *
 * @param from     {@code id@version} of the older checklist
 * @param to       {@code id@version} of the newer checklist
 * @param fields   changed properties of the checklist itself (title, description, …)
 * @param sections added, removed and edited sections
 * @param items    added, removed, moved and edited items, in the newer checklist's order (removed ones last)
 */
public record ChecklistDiff(String from, String to, List<FieldChange> fields, List<SectionChange> sections,
		List<ItemChange> items) {

	public ChecklistDiff {
		fields = List.copyOf(fields);
		sections = List.copyOf(sections);
		items = List.copyOf(items);
	}

	public enum Kind {
		ADDED, REMOVED, CHANGED
	}

	/** One field: {@code questions[2].ja}, {@code howToCheck.en}, {@code extras[備考]}, … */
	public record FieldChange(String field, String before, String after) {
	}

	/**
	 * Where an item moved: its section and 1-based position in it. An item is moved when its section changed, or
	 * when its order among the items both versions share in that section changed.
	 */
	public record Move(String fromSection, int fromPosition, String toSection, int toPosition) {
	}

	/**
	 * @param kind   added, removed, or changed (moved and/or edited)
	 * @param itemId the item's id
	 * @param label  number and title, as in the newer version when there is one
	 * @param move   where it moved, or null
	 * @param fields edited fields; empty for added and removed items
	 */
	public record ItemChange(Kind kind, String itemId, String label, Move move, List<FieldChange> fields) {
		public ItemChange {
			fields = List.copyOf(fields);
		}

		public boolean moved() {
			return move != null;
		}

		public boolean edited() {
			return !fields.isEmpty();
		}
	}

	public record SectionChange(Kind kind, String sectionId, String label, List<FieldChange> fields) {
		public SectionChange {
			fields = List.copyOf(fields);
		}
	}

	public boolean isEmpty() {
		return fields.isEmpty() && sections.isEmpty() && items.isEmpty();
	}

	public long count(Kind kind) {
		return items.stream().filter(i -> i.kind() == kind).count();
	}

	public long movedCount() {
		return items.stream().filter(ItemChange::moved).count();
	}

	public long editedCount() {
		return items.stream().filter(ItemChange::edited).count();
	}
}
