package kansa.core.incident;

import java.util.List;

import kansa.core.text.LocalizedText;

/**
 * A collection of incidents, contributed as an OSGi service (a built-in case set, a firm's own cases, a user's
 * folder), with its id as the service property {@value #ID}. Consumers take every library present, or select one
 * with that property.
 */
public interface IncidentLibrary {

	/**
	 * Service property holding the library's {@link #id()}, so a library can be told apart before it is activated.
	 *
	 * @since 0.1.1
	 */
	String ID = "kansa.incident.library.id";

	/** Stable key of the library; also the service property {@value #ID}. */
	String id();

	LocalizedText label();

	List<Incident> incidents();

	/** Cases in this library mapped to one checklist item. */
	default List<Incident> incidentsFor(String checklistId, String itemId) {
		return incidents().stream().filter(i -> i.violates(checklistId, itemId)).toList();
	}
}
