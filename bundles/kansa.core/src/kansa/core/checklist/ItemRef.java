package kansa.core.checklist;

import kansa.core.internal.Checks;

/**
 * A cross-reference to a checklist item, e.g. {@code A.3.4.2.4} in the same checklist or
 * {@code iso27001-2022#A.5.19} in another one.
 *
 * @param checklistId the other checklist's id; empty for the checklist that holds the reference
 * @param itemId      the item's id there
 */
public record ItemRef(String checklistId, String itemId) {

	public ItemRef {
		checklistId = Checks.text(checklistId);
		if (!checklistId.isEmpty()) {
			Checks.id(checklistId, "ref.checklistId");
		}
		itemId = Checks.id(itemId, "ref.itemId");
	}

	/** Parses {@code item} or {@code checklist#item}, the form {@link #toString()} writes. */
	public static ItemRef parse(String text) {
		String t = Checks.text(text);
		int hash = t.indexOf('#');
		return hash < 0 ? new ItemRef("", t) : new ItemRef(t.substring(0, hash), t.substring(hash + 1));
	}

	/** True when the reference points into the checklist that holds it. */
	public boolean isLocal() {
		return checklistId.isEmpty();
	}

	@Override
	public String toString() {
		return checklistId.isEmpty() ? itemId : checklistId + "#" + itemId;
	}
}
