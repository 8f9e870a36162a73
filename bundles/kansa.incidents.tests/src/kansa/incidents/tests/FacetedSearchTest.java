package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kansa.core.incident.Incident;
import kansa.incidents.search.FacetedSearch;
import kansa.incidents.search.IncidentIndex;
import kansa.incidents.search.IncidentQuery;
import kansa.incidents.search.RecordsSize;
import kansa.incidents.search.SearchResult;

/** Route and size filters, and facet counts that keep the other values of a filtered dimension. */
class FacetedSearchTest {

	private static Incident incident(String id, int year, String industry, String route, Long records, String cause,
			String dataType) {
		return new Incident(id, "架空商事 " + id, industry, null, null, LocalDate.of(year, 4, 1), route, records, "件",
				List.of(dataType), cause, "架空の事例です。", List.of(), List.of());
	}

	private static final List<Incident> CASES = List.of(
			incident("a", 2023, "教育", "内部調査", 50L, "誤送信", "氏名"),
			incident("b", 2023, "教育", "顧客の指摘", 5_000L, "誤送信", "メールアドレス"),
			incident("c", 2024, "金融", "内部調査", 120_000L, "ランサムウェア", "氏名"),
			incident("d", 2024, "金融", "警察からの連絡", null, "ランサムウェア", "口座番号"),
			incident("e", 2024, "教育", "内部調査", 7_000L, "紛失・置忘れ", "氏名"));

	private static Map<String, Long> counts(SearchResult r, String dim) {
		return r.facets().getOrDefault(dim, List.of()).stream()
				.collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
	}

	@Test
	void recordsFallIntoDecades() {
		assertEquals(RecordsSize.UNKNOWN, RecordsSize.of(null));
		assertEquals(RecordsSize.UNDER_100, RecordsSize.of(0L));
		assertEquals(RecordsSize.UNDER_100, RecordsSize.of(99L));
		assertEquals(RecordsSize.HUNDREDS, RecordsSize.of(100L));
		assertEquals(RecordsSize.THOUSANDS, RecordsSize.of(9_999L));
		assertEquals(RecordsSize.HUNDREDS_OF_THOUSANDS, RecordsSize.of(120_000L));
		assertEquals(RecordsSize.MILLIONS, RecordsSize.of(3_000_000L));
		assertEquals(RecordsSize.THOUSANDS, RecordsSize.ofKey("1000-9999").orElseThrow());
	}

	@Test
	void routeAndSizeFilterAndCount() throws Exception {
		try (IncidentIndex index = IncidentIndex.inMemory(CASES)) {
			IncidentQuery all = IncidentQuery.of("").withLimit(100);
			assertEquals(Set.of("a", "c", "e"), Set.copyOf(index.search(all.withRoutes(Set.of("内部調査"))).ids()));
			assertEquals(Set.of("b", "e"), Set.copyOf(index.search(all.withSizes(Set.of("1000-9999"))).ids()));
			assertEquals(Set.of("d"), Set.copyOf(index.search(all.withSizes(Set.of("unknown"))).ids()));
			SearchResult r = index.search(all);
			assertEquals(Map.of("1-99", 1L, "1000-9999", 2L, "100000-999999", 1L, "unknown", 1L), counts(r, "recordsSize"));
			assertEquals(Map.of("内部調査", 3L, "顧客の指摘", 1L, "警察からの連絡", 1L), counts(r, "discoveryRoute"));
		}
	}

	@Test
	void filtersCombineAndCountsStaySideways() throws Exception {
		try (IncidentIndex index = IncidentIndex.inMemory(CASES)) {
			IncidentQuery q = IncidentQuery.of("").withLimit(100).withYear(2024).withIndustries(Set.of("教育"));
			SearchResult r = FacetedSearch.search(index, q);
			assertEquals(List.of("e"), r.ids(), "2024 AND 教育");
			assertEquals(1, r.totalHits());
			// years counted within 教育 only, every year kept
			assertEquals(Map.of("2023", 2L, "2024", 1L), counts(r, FacetedSearch.YEAR));
			// industries counted within 2024 only
			assertEquals(Map.of("金融", 2L, "教育", 1L), counts(r, FacetedSearch.INDUSTRY));
			// unfiltered dimensions: counted over the hits
			assertEquals(Map.of("紛失・置忘れ", 1L), counts(r, FacetedSearch.CAUSE));
			assertEquals(Map.of("1000-9999", 1L), counts(r, FacetedSearch.SIZE));
		}
	}
}
