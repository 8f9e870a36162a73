package kansa.ui.services;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;

/**
 * Every {@link IncidentLibrary} service, for the UI: the navigator's 事例ライブラリ and the audit editor's related
 * incidents. The incident library bundles plug in here without any change to the UI.
 */
@Component(service = IncidentRegistry.class)
public final class IncidentRegistry extends ServiceList<IncidentLibrary> {

	public IncidentRegistry() {
		super(IncidentLibrary.ID);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addLibrary(IncidentLibrary library, Map<String, Object> properties) {
		added(library, properties);
	}

	void removeLibrary(IncidentLibrary library) {
		removed(library);
	}

	/** Cases of every library mapped to one checklist item. */
	public List<Incident> incidentsFor(String checklistId, String itemId) {
		return all().stream().flatMap(l -> l.incidentsFor(checklistId, itemId).stream()).toList();
	}
}
