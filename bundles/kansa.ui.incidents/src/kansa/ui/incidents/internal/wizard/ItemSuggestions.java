package kansa.ui.incidents.internal.wizard;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import kansa.core.incident.Incident;
import kansa.incidents.IncidentMapping;
import kansa.ui.incidents.internal.ItemTitles;
import kansa.ui.incidents.internal.Messages;
import kansa.ui.services.CatalogRegistry;

/**
 * The checklist items the library's cases of a cause violated, as suggestions for a new case of that cause: the
 * extractor reads no items from an article, but the cases before it tell which items such breaches touch.
 */
final class ItemSuggestions {

	/** An item to offer, with its label (ID, title, how many cases of the cause violated it). */
	record Suggestion(Incident.MappedItem item, String label) {
	}

	static final int MAX = 8;

	private final IncidentMapping mapping;
	private final CatalogRegistry catalogs;

	ItemSuggestions(IncidentMapping mapping, CatalogRegistry catalogs) {
		this.mapping = mapping;
		this.catalogs = catalogs;
	}

	List<Suggestion> forCause(String cause) {
		if (mapping == null || cause.isBlank()) {
			return List.of();
		}
		return mapping.statisticsForCause(cause.strip()).stream().limit(MAX)
				.map(s -> new Suggestion(new Incident.MappedItem(s.checklistId(), s.itemId(), ""),
						NLS.bind(Messages.Draft_suggestion, label(s.checklistId(), s.itemId()), s.incidents())))
				.toList();
	}

	String label(String checklistId, String itemId) {
		return ItemTitles.label(catalogs, checklistId, itemId);
	}
}
