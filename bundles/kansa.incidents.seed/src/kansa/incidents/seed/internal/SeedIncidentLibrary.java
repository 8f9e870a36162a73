package kansa.incidents.seed.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;
import kansa.core.incident.IncidentSet;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;

/**
 * Kansa's built-in cases: five published Japanese breaches, written as structured records from the articles'
 * facts (narratives in Kansa's words) and mapped to the ISMS and Pマーク items they violated. A firm ships its own
 * cases the same way: a JSON resource and a component like this one.
 */
@Component(service = IncidentLibrary.class)
public class SeedIncidentLibrary implements IncidentLibrary {

	private IncidentSet cases;

	@Activate
	void activate() {
		cases = KansaJson.readResource(SeedIncidentLibrary.class, "/cases/seed-cases.json", IncidentSet.class);
	}

	@Override
	public String id() {
		return cases.id();
	}

	@Override
	public LocalizedText label() {
		return cases.title();
	}

	@Override
	public List<Incident> incidents() {
		return cases.incidents();
	}
}
