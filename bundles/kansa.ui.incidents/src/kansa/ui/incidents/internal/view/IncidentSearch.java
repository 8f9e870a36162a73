package kansa.ui.incidents.internal.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;
import kansa.incidents.IncidentIndex;
import kansa.incidents.IncidentQuery;
import kansa.incidents.SearchResult;

/**
 * The search behind the view, off the UI thread: an in-memory kuromoji index over every library's cases (and the
 * workspace's own), built on first use and again when the cases change.
 */
final class IncidentSearch {

	/** What one search found: hits for the chosen cause, and cause counts over every hit of the words. */
	record Outcome(List<Incident> hits, long total, Map<String, Long> causes, long allCauses) {
	}

	static final int LIMIT = 500;

	private List<Incident> indexed = List.of();
	private IncidentIndex index;

	/** Searches {@code incidents} for {@code text}, keeping only {@code cause} when it is not empty. */
	synchronized Outcome search(List<Incident> incidents, String text, String cause) throws IOException {
		if (index == null || !indexed.equals(incidents)) {
			close();
			index = IncidentIndex.inMemory(incidents);
			indexed = List.copyOf(incidents);
		}
		IncidentQuery words = IncidentQuery.of(text).withLimit(LIMIT);
		SearchResult all = index.search(words);
		Map<String, Long> causes = new LinkedHashMap<>();
		all.facets().getOrDefault("cause", List.of()).forEach(f -> causes.put(f.value(), f.count()));
		SearchResult chosen = cause == null || cause.isEmpty() ? all
				: index.search(words.withCauses(Set.of(cause)).withFacets(false));
		List<Incident> hits = new ArrayList<>(chosen.hits().stream().map(SearchResult.Hit::incident).toList());
		return new Outcome(hits, chosen.totalHits(), causes, all.totalHits());
	}

	/** Every case of the libraries, the first of equal ids winning. */
	static List<Incident> casesOf(List<IncidentLibrary> libraries, List<Incident> own) {
		Map<String, Incident> byId = new LinkedHashMap<>();
		own.forEach(i -> byId.putIfAbsent(i.id(), i));
		libraries.forEach(l -> l.incidents().forEach(i -> byId.putIfAbsent(i.id(), i)));
		return List.copyOf(byId.values());
	}

	synchronized void close() {
		if (index != null) {
			try {
				index.close();
			} catch (IOException e) {
				// an in-memory index: nothing to lose
			}
			index = null;
		}
	}
}
