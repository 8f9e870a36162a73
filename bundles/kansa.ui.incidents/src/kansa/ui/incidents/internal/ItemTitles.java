package kansa.ui.incidents.internal;

import java.util.Optional;

import kansa.core.checklist.ChecklistItem;
import kansa.ui.services.CatalogRegistry;

/** Checklist items as consultants read them: ID and title from the installed catalogs, the bare ID otherwise. */
public final class ItemTitles {

	private ItemTitles() {
	}

	/** e.g. "A.8.8 技術的ぜい弱性の管理 (iso27001-2022)". */
	public static String label(CatalogRegistry catalogs, String checklistId, String itemId) {
		Optional<ChecklistItem> item = catalogs == null ? Optional.empty()
				: catalogs.checklist(checklistId).flatMap(c -> c.item(itemId));
		String label = item.map(it -> itemId + " " + it.title().get(Messages.contentLocale())).orElse(itemId);
		return label + " (" + checklistId + ")";
	}
}
