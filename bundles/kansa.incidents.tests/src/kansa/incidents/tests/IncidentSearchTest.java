package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.incident.Incident;
import kansa.incidents.search.IncidentIndex;
import kansa.incidents.search.IncidentQuery;
import kansa.incidents.search.SearchResult;

/** Lucene with kuromoji, run inside OSGi from the wrapped Lucene bundles, over the seed cases. */
class IncidentSearchTest {

	@TempDir
	Path dir;

	private IncidentIndex index() throws Exception {
		return IncidentIndex.open(dir.resolve(".index/incidents"), Seeds.incidents());
	}

	private static Set<String> ids(SearchResult r) {
		return Set.copyOf(r.ids());
	}

	@Test
	void theThreeDoneQueriesFindTheRightCases() throws Exception {
		try (IncidentIndex index = index()) {
			assertEquals(5, index.size());
			assertEquals(Set.of("2019-jungle-hobby-shop", "2021-yupiteru-my-yupiteru"),
					ids(index.search(IncidentQuery.of("委託先"))));
			assertEquals(Set.of("2019-digibook", "2019-mirait-cleaning-shop", "2019-jungle-hobby-shop"),
					ids(index.search(IncidentQuery.of("クレジットカード"))));
			assertEquals(Set.of("2019-mirait-cleaning-shop"), ids(index.search(IncidentQuery.of("改ざん"))));
		}
	}

	@Test
	void wordsNotSubstrings() throws Exception {
		Incident base = Seeds.incident("2019-digibook");
		Incident tokyo = copy(base, "tokyo-case", "東京都内の事業所で顧客名簿を紛失した。");
		Incident kyoto = copy(base, "kyoto-case", "京都の支店で顧客名簿を紛失した。");
		Incident insider = copy(base, "insider-case", "元従業員が退職前に顧客名簿を不正に持ち出し、競合他社で利用していた。");
		try (IncidentIndex index = IncidentIndex.inMemory(List.of(tokyo, kyoto, insider))) {
			assertEquals(Set.of("insider-case"), ids(index.search(IncidentQuery.of("持ち出し"))),
					"持ち出し alone is a noun, in the sentence a verb: both forms are indexed");
			assertEquals(Set.of("insider-case"), ids(index.search(IncidentQuery.of("元従業員 持ち出す"))));
			assertEquals(Set.of("kyoto-case"), ids(index.search(IncidentQuery.of("京都"))), "京都 is not in 東京都");
			assertEquals(Set.of("tokyo-case"), ids(index.search(IncidentQuery.of("東京"))));
			assertEquals(Set.of("tokyo-case", "kyoto-case"), ids(index.search(IncidentQuery.of("紛失する"))),
					"base forms: 紛失した matches 紛失する");
		}
	}

	@Test
	void filtersNarrowTheHits() throws Exception {
		try (IncidentIndex index = index()) {
			IncidentQuery all = IncidentQuery.of("");
			assertEquals(5, index.search(all).totalHits());
			assertEquals(Set.of("2019-mirait-cleaning-shop"),
					ids(index.search(all.withCauses(Set.of("ペイメントアプリケーション改ざん")))));
			assertEquals(Set.of("2019-mirait-cleaning-shop", "2019-jungle-hobby-shop"),
					ids(index.search(all.withDataTypes(Set.of("セキュリティコード")))));
			assertEquals(Set.of("2019-mirait-cleaning-shop", "2019-jungle-hobby-shop"),
					ids(index.search(all.withIndustries(Set.of("小売（通信販売）")))));
			assertEquals(Set.of("2021-yupiteru-my-yupiteru"), ids(index.search(all.withYear(2021))));
			assertEquals(Set.of("2019-digibook", "2021-yupiteru-my-yupiteru"), ids(index.search(all.withMinRecords(10_000L))));
			assertEquals(Set.of("2019-jungle-hobby-shop"), ids(index.search(all.withMappedItem("A.3.4.3.4"))));
			assertEquals(Set.of("2019-jungle-hobby-shop"),
					ids(index.search(all.withMappedItem("pmark-jisq15001-2017/A.3.4.3.4"))));
			assertEquals(Set.of("2019-jungle-hobby-shop"),
					ids(index.search(IncidentQuery.of("クレジットカード").withCauses(Set.of("不正アクセス・脆弱性"))
							.withMinRecords(2000L).withYear(2019).withMappedItem("A.5.19"))));
		}
	}

	@Test
	void facetsCountTheHits() throws Exception {
		try (IncidentIndex index = index()) {
			SearchResult r = index.search(IncidentQuery.of("クレジットカード"));
			assertEquals(3, r.totalHits());
			assertTrue(r.totalIsExact());
			assertTrue(r.facets().get("cause").contains(new SearchResult.FacetCount("不正アクセス・脆弱性", 3)), r.facets().toString());
			assertTrue(r.facets().get("dataType").contains(new SearchResult.FacetCount("有効期限", 3)));
			assertTrue(r.facets().get("year").contains(new SearchResult.FacetCount("2019", 3)));
			assertTrue(r.facets().get("discoveryRoute").contains(new SearchResult.FacetCount("決済代行会社・カード会社からの連絡", 3)));
			assertTrue(r.facets().get("mappedItem").contains(new SearchResult.FacetCount("iso27001-2022/A.8.8", 3)));
		}
	}

	@Test
	void indexIsReusedAndRebuiltWhenStaleOrBroken() throws Exception {
		Path folder = dir.resolve(".index/incidents");
		List<Incident> incidents = new ArrayList<>(Seeds.incidents());
		try (IncidentIndex index = IncidentIndex.open(folder, incidents)) {
			assertTrue(index.rebuilt(), "missing: built");
		}
		try (IncidentIndex index = IncidentIndex.open(folder, incidents)) {
			assertFalse(index.rebuilt(), "same incidents: reused");
		}
		incidents.add(copy(incidents.get(0), "added-case", "新しい事例：委託先のサーバーから流出した。"));
		try (IncidentIndex index = IncidentIndex.open(folder, incidents)) {
			assertTrue(index.rebuilt(), "an incident added: stale, rebuilt");
			assertTrue(index.search(IncidentQuery.of("委託先")).ids().contains("added-case"));
		}
		try (var files = Files.list(folder)) {
			for (Path f : files.filter(p -> p.getFileName().toString().startsWith("_")).toList()) {
				Files.write(f, new byte[] { 1, 2, 3 });
			}
		}
		try (IncidentIndex index = IncidentIndex.open(folder, incidents)) {
			assertTrue(index.rebuilt(), "corrupt: rebuilt");
			assertEquals(6, index.size());
		}
	}

	@Test
	void queryWithLuceneSyntaxOrStrayCharactersStillSearches() throws Exception {
		try (IncidentIndex index = index()) {
			assertEquals(Set.of("2019-mirait-cleaning-shop"), ids(index.search(IncidentQuery.of("cause:改ざん"))));
			assertEquals(3, index.search(IncidentQuery.of("「クレジットカード」")).totalHits());
			assertTrue(index.search(IncidentQuery.of("委託先 OR 改ざん")).totalHits() >= 3);
			index.search(IncidentQuery.of("委託先 (")); // unbalanced: searched as typed, no exception
		}
	}

	static Incident copy(Incident b, String id, String narrative) {
		return new Incident(id, b.organization(), b.industry(), b.service(), b.incidentStart(), b.incidentEnd(),
				b.discovered(), b.announced(), b.reportedToPpc(), b.reportedToPolice(), b.datePrecision(),
				b.discoveryRoute(), b.actors(), b.cause(), b.secondaryCauses(), b.recordsAffected(), b.recordsMax(),
				b.recordsApproximate(), b.recordsUnit(), b.personsAffected(), b.dataAmounts(), List.of(), narrative,
				List.of(), List.of(), b.sources(), b.mappedItems());
	}
}
