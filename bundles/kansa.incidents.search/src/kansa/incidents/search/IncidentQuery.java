package kansa.incidents.search;

import java.util.Set;

/**
 * A search over the incident library: words (kuromoji-analysed, Lucene query syntax allowed: AND, OR, "…",
 * cause:改ざん) and filters. Empty filters do not filter.
 *
 * @param text        words to look for in narratives, causes, data types, organisation, service and countermeasures
 * @param causes      cause categories (any of them)
 * @param dataTypes   data types (any of them)
 * @param industries  industries (any of them)
 * @param year        the year the case belongs to, or null
 * @param minRecords  at least this many records affected, or null
 * @param mappedItem  a checklist item, as {@code A.8.8} or {@code iso27001-2022/A.8.8}, or null
 * @param limit       number of hits to return
 * @param facets      count hits per cause, data type, industry, year, discovery route, records size and mapped item
 * @param routes      discovery routes (any of them)
 * @param sizes       records size buckets, as {@link RecordsSize#key()} (any of them)
 */
public record IncidentQuery(String text, Set<String> causes, Set<String> dataTypes, Set<String> industries,
		Integer year, Long minRecords, String mappedItem, int limit, boolean facets, Set<String> routes,
		Set<String> sizes) {

	public IncidentQuery {
		text = text == null ? "" : text.strip();
		causes = causes == null ? Set.of() : Set.copyOf(causes);
		dataTypes = dataTypes == null ? Set.of() : Set.copyOf(dataTypes);
		industries = industries == null ? Set.of() : Set.copyOf(industries);
		routes = routes == null ? Set.of() : Set.copyOf(routes);
		sizes = sizes == null ? Set.of() : Set.copyOf(sizes);
		mappedItem = mappedItem == null || mappedItem.isBlank() ? null : mappedItem.strip();
		if (limit < 1) {
			limit = 10;
		}
	}

	/** Without route and size filters, as the first version of the query had. */
	public IncidentQuery(String text, Set<String> causes, Set<String> dataTypes, Set<String> industries, Integer year,
			Long minRecords, String mappedItem, int limit, boolean facets) {
		this(text, causes, dataTypes, industries, year, minRecords, mappedItem, limit, facets, null, null);
	}

	/** Words only, ten hits, with facets. */
	public static IncidentQuery of(String text) {
		return new IncidentQuery(text, null, null, null, null, null, null, 10, true);
	}

	public IncidentQuery withCauses(Set<String> value) {
		return new IncidentQuery(text, value, dataTypes, industries, year, minRecords, mappedItem, limit,
				facets, routes, sizes);
	}

	public IncidentQuery withDataTypes(Set<String> value) {
		return new IncidentQuery(text, causes, value, industries, year, minRecords, mappedItem, limit,
				facets, routes, sizes);
	}

	public IncidentQuery withIndustries(Set<String> value) {
		return new IncidentQuery(text, causes, dataTypes, value, year, minRecords, mappedItem, limit,
				facets, routes, sizes);
	}

	public IncidentQuery withYear(Integer value) {
		return new IncidentQuery(text, causes, dataTypes, industries, value, minRecords, mappedItem, limit,
				facets, routes, sizes);
	}

	public IncidentQuery withMinRecords(Long value) {
		return new IncidentQuery(text, causes, dataTypes, industries, year, value, mappedItem, limit,
				facets, routes, sizes);
	}

	public IncidentQuery withMappedItem(String value) {
		return new IncidentQuery(text, causes, dataTypes, industries, year, minRecords, value, limit,
				facets, routes, sizes);
	}

	public IncidentQuery withLimit(int value) {
		return new IncidentQuery(text, causes, dataTypes, industries, year, minRecords, mappedItem, value,
				facets, routes, sizes);
	}

	public IncidentQuery withRoutes(Set<String> value) {
		return new IncidentQuery(text, causes, dataTypes, industries, year, minRecords, mappedItem, limit, facets, value,
				sizes);
	}

	public IncidentQuery withSizes(Set<String> value) {
		return new IncidentQuery(text, causes, dataTypes, industries, year, minRecords, mappedItem, limit, facets, routes,
				value);
	}

	public IncidentQuery withFacets(boolean value) {
		return new IncidentQuery(text, causes, dataTypes, industries, year, minRecords, mappedItem, limit,
				value, routes, sizes);
	}
}
