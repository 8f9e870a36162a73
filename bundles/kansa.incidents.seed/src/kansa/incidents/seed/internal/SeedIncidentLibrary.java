package kansa.incidents.seed.internal;

import java.util.List;
import java.util.function.Supplier;

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
@Component(service = IncidentLibrary.class, property = IncidentLibrary.ID + "=" + SeedIncidentLibrary.LIBRARY_ID)
public class SeedIncidentLibrary implements IncidentLibrary {

	/** The id, also published as the service property {@link IncidentLibrary#ID} (the case file names the same id). */
	static final String LIBRARY_ID = "kansa.seed";

	// read on first use: activation must stay cheap, it happens while the workbench opens
	private final Supplier<IncidentSet> cases = KansaJson.lazyResource(SeedIncidentLibrary.class,
			"/cases/seed-cases.json", IncidentSet.class);

	@Override
	public String id() {
		return LIBRARY_ID;
	}

	@Override
	public LocalizedText label() {
		return cases.get().title();
	}

	@Override
	public List<Incident> incidents() {
		return cases.get().incidents();
	}
}
