package kansa.ui.incidents.internal.view;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;
import kansa.incidents.search.FacetedSearch;
import kansa.incidents.search.IncidentIndex;
import kansa.incidents.search.IncidentQuery;
import kansa.incidents.search.SearchResult;

/**
 * The search behind the view, off the UI thread: an in-memory kuromoji index over every library's cases (and the
 * workspace's own), built on first use and again when the cases change. Facet counts are drill-sideways, so a
 * chosen value keeps its alternatives in the list.
 */
final class IncidentSearch {

	/** What one search found: the hits of the words and every filter, and the counts per facet value. */
	record Outcome(List<Incident> hits, long total, Map<String, List<SearchResult.FacetCount>> facets) {
	}

	/** The facets the view offers, in the order it shows them. */
	static final List<String> FACETS = List.of(FacetedSearch.CAUSE, FacetedSearch.YEAR, FacetedSearch.INDUSTRY,
			FacetedSearch.DATA_TYPE, FacetedSearch.ROUTE, FacetedSearch.SIZE);

	static final int LIMIT = 500;

	private List<Incident> indexed = List.of();
	private IncidentIndex index;

	/** Searches {@code incidents} for {@code text}; {@code filters}: one value per facet, all must hold. */
	synchronized Outcome search(List<Incident> incidents, String text, Map<String, String> filters)
			throws IOException {
		if (index == null || !indexed.equals(incidents)) {
			close();
			index = IncidentIndex.inMemory(incidents);
			indexed = List.copyOf(incidents);
		}
		SearchResult r = FacetedSearch.search(index, query(text, filters));
		return new Outcome(r.hits().stream().map(SearchResult.Hit::incident).toList(), r.totalHits(), r.facets());
	}

	static IncidentQuery query(String text, Map<String, String> filters) {
		IncidentQuery q = IncidentQuery.of(text).withLimit(LIMIT);
		for (Map.Entry<String, String> f : filters.entrySet()) {
			String v = f.getValue();
			if (v == null || v.isEmpty()) {
				continue;
			}
			q = switch (f.getKey()) {
				case FacetedSearch.CAUSE -> q.withCauses(Set.of(v));
				case FacetedSearch.YEAR -> q.withYear(Integer.valueOf(v));
				case FacetedSearch.INDUSTRY -> q.withIndustries(Set.of(v));
				case FacetedSearch.DATA_TYPE -> q.withDataTypes(Set.of(v));
				case FacetedSearch.ROUTE -> q.withRoutes(Set.of(v));
				case FacetedSearch.SIZE -> q.withSizes(Set.of(v));
				default -> throw new IllegalArgumentException("no facet " + f.getKey());
			};
		}
		return q;
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
