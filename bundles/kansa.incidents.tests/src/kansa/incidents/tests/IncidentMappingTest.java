package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;
import kansa.core.text.LocalizedText;
import kansa.incidents.IncidentMapping;
import kansa.incidents.IncidentMapping.CauseStatistics;
import kansa.incidents.IncidentMapping.ItemStatistics;

/** Incidents per checklist item and statistics per item and cause, over every library present. */
class IncidentMappingTest {

	@Test
	void incidentsForAnItemNewestFirst() throws Exception {
		IncidentMapping mapping = IncidentMapping.of(List.of(Seeds.library()));
		assertEquals(List.of("2019-jungle-hobby-shop"),
				mapping.incidentsFor("pmark-jisq15001-2017", "A.3.4.3.4").stream().map(Incident::id).toList());
		List<String> a88 = mapping.incidentsFor("iso27001-2022", "A.8.8").stream().map(Incident::id).toList();
		assertEquals(4, a88.size(), a88.toString());
		assertTrue(mapping.incidentsFor("iso27001-2022", "A.5.1").isEmpty());
		// the library's own default method agrees
		assertEquals(mapping.incidentsFor("iso27001-2022", "A.8.16").size(),
				Seeds.library().incidentsFor("iso27001-2022", "A.8.16").size());
	}

	@Test
	void statisticsPerItem() throws Exception {
		IncidentMapping mapping = IncidentMapping.of(List.of(Seeds.library()));
		ItemStatistics a88 = mapping.statisticsFor("iso27001-2022", "A.8.8");
		assertEquals(4, a88.incidents());
		assertEquals(3255 + 15370 + 34 + 2507, a88.totalRecords());
		List<ItemStatistics> pmark = mapping.statisticsByItem("pmark-jisq15001-2017");
		assertEquals("A.3.4.3.2", pmark.get(0).itemId(), "安全管理措置 is the most violated");
		assertEquals(4, pmark.get(0).incidents());
	}

	@Test
	void statisticsPerCause() throws Exception {
		List<CauseStatistics> causes = IncidentMapping.of(List.of(Seeds.library())).statisticsByCause();
		assertEquals(new CauseStatistics("不正アクセス・脆弱性", 4, 3255 + 15370 + 2507 + 528563), causes.get(0));
		assertEquals(new CauseStatistics("ペイメントアプリケーション改ざん", 1, 34), causes.get(1));
	}

	@Test
	void aFirmsLibraryAddsItsCasesAndDuplicatesCountOnce() throws Exception {
		IncidentLibrary seed = Seeds.library();
		Incident own = IncidentSearchTest.copy(seed.incidents().get(0), "firm-2024-01", "自社の事例");
		IncidentLibrary firm = new IncidentLibrary() {
			@Override
			public String id() {
				return "firm";
			}

			@Override
			public LocalizedText label() {
				return LocalizedText.ja("自社事例");
			}

			@Override
			public List<Incident> incidents() {
				return List.of(own, seed.incidents().get(1));
			}
		};
		assertEquals(6, IncidentMapping.of(List.of(seed, firm)).incidents().size());
	}
}
