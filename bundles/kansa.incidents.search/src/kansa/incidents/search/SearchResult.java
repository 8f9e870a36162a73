package kansa.incidents.search;

import java.util.List;
import java.util.Map;

import kansa.core.incident.Incident;

/**
 * Hits of a search, best first, and the facet counts over all hits (when asked for).
 *
 * @param totalHits      number of matching incidents
 * @param totalIsExact   false when the count is a lower bound (searches without facets stop counting early)
 * @param facets         per dimension (cause, dataType, industry, year, discoveryRoute, mappedItem): values by count
 */
public record SearchResult(long totalHits, boolean totalIsExact, List<Hit> hits, Map<String, List<FacetCount>> facets) {

	public record Hit(Incident incident, float score) {
	}

	public record FacetCount(String value, long count) {
	}

	public SearchResult {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

	public List<String> ids() {
		return hits.stream().map(h -> h.incident().id()).toList();
	}
}
