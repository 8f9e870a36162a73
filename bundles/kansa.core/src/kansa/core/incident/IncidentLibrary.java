package kansa.core.incident;

import java.util.List;

import kansa.core.text.LocalizedText;

/**
 * A collection of incidents, contributed as an OSGi service (a built-in case set, a firm's own cases, a user's
 * folder). Consumers take every library present.
 */
public interface IncidentLibrary {

	/** Stable key of the library. */
	String id();

	LocalizedText label();

	List<Incident> incidents();

	/** Cases in this library mapped to one checklist item. */
	default List<Incident> incidentsFor(String checklistId, String itemId) {
		return incidents().stream().filter(i -> i.violates(checklistId, itemId)).toList();
	}
}
