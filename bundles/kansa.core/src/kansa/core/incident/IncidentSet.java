package kansa.core.incident;

import java.util.List;

import kansa.core.internal.Checks;
import kansa.core.text.LocalizedText;

/** Several incidents in one document: a library's resource, or an export of a workspace's cases. */
public record IncidentSet(String id, LocalizedText title, List<Incident> incidents) {

	public IncidentSet {
		id = Checks.id(id, "incidentSet.id");
		title = title == null ? LocalizedText.EMPTY : title;
		incidents = Checks.list(incidents, "incidentSet " + id + ": incidents");
	}
}
