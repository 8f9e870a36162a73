package kansa.incidents.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A search whose facet counts stay useful while filters are on ("drill sideways"): the counts of each dimension
 * are taken with every filter but that dimension's own, so a chosen cause still shows the other causes and how
 * many cases each would give with the remaining filters. Hits and total are those of all filters (AND).
 */
public final class FacetedSearch {

	public static final String CAUSE = "cause";
	public static final String DATA_TYPE = "dataType";
	public static final String INDUSTRY = "industry";
	public static final String YEAR = "year";
	public static final String ROUTE = "discoveryRoute";
	public static final String SIZE = "recordsSize";
	public static final String MAPPED_ITEM = "mappedItem";

	/** Per dimension: whether the query filters on it, and the query without that filter. */
	private record Dimension(String name, Predicate<IncidentQuery> active, Function<IncidentQuery, IncidentQuery> clear) {
	}

	private static final List<Dimension> DIMENSIONS = List.of(
			new Dimension(CAUSE, q -> !q.causes().isEmpty(), q -> q.withCauses(null)),
			new Dimension(DATA_TYPE, q -> !q.dataTypes().isEmpty(), q -> q.withDataTypes(null)),
			new Dimension(INDUSTRY, q -> !q.industries().isEmpty(), q -> q.withIndustries(null)),
			new Dimension(YEAR, q -> q.year() != null, q -> q.withYear(null)),
			new Dimension(ROUTE, q -> !q.routes().isEmpty(), q -> q.withRoutes(null)),
			new Dimension(SIZE, q -> !q.sizes().isEmpty(), q -> q.withSizes(null)),
			new Dimension(MAPPED_ITEM, q -> q.mappedItem() != null, q -> q.withMappedItem(null)));

	private FacetedSearch() {
	}

	/** One search for the hits, plus one per active filter for its dimension's counts. */
	public static SearchResult search(IncidentIndex index, IncidentQuery q) throws IOException {
		SearchResult main = index.search(q.withFacets(true));
		Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>(main.facets());
		for (Dimension d : DIMENSIONS) {
			if (d.active().test(q)) {
				SearchResult sideways = index.search(d.clear().apply(q).withFacets(true).withLimit(1));
				facets.put(d.name(), sideways.facets().getOrDefault(d.name(), List.of()));
			}
		}
		return new SearchResult(main.totalHits(), main.totalIsExact(), main.hits(), facets);
	}
}
