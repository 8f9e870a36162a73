package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import kansa.core.incident.Incident;
import kansa.incidents.extract.Vocabulary;

/** The built-in library: the five seed cases with their facts, mapped to ISMS and Pマーク items. */
class SeedLibraryTest {

	/** JIS Q 15001:2017 Annex A numbers (shared/reference/jisq15001-2017-annexA.csv). */
	private static final Set<String> PMARK_ITEMS = Set.of("A.3.1.1", "A.3.2.1", "A.3.2.2", "A.3.3.1", "A.3.3.2",
			"A.3.3.3", "A.3.3.4", "A.3.3.5", "A.3.3.6", "A.3.3.7", "A.3.4.1", "A.3.4.2.1", "A.3.4.2.2", "A.3.4.2.3",
			"A.3.4.2.4", "A.3.4.2.5", "A.3.4.2.6", "A.3.4.2.7", "A.3.4.2.8", "A.3.4.2.8.1", "A.3.4.2.8.2",
			"A.3.4.2.8.3", "A.3.4.2.9", "A.3.4.3.1", "A.3.4.3.2", "A.3.4.3.3", "A.3.4.3.4", "A.3.4.4.1", "A.3.4.4.2",
			"A.3.4.4.3", "A.3.4.4.4", "A.3.4.4.5", "A.3.4.4.6", "A.3.4.4.7", "A.3.4.5", "A.3.5.1", "A.3.5.2",
			"A.3.5.3", "A.3.6", "A.3.7.1", "A.3.7.2", "A.3.7.3", "A.3.8");
	/** ISO/IEC 27001:2022 Annex A controls as the ISMS checklist numbers them. */
	private static final Pattern ISMS_ITEM = Pattern
			.compile("A\\.5\\.([1-9]|[12][0-9]|3[0-7])|A\\.6\\.[1-8]|A\\.7\\.([1-9]|1[0-4])|A\\.8\\.([1-9]|[12][0-9]|3[0-4])");

	private static final List<String> IDS = List.of("2019-sega-interactive-maimai", "2019-digibook",
			"2019-mirait-cleaning-shop", "2019-jungle-hobby-shop", "2021-yupiteru-my-yupiteru");

	@Test
	void fiveCasesWithTheirCounts() throws Exception {
		assertEquals(Set.copyOf(IDS), Set.copyOf(Seeds.incidents().stream().map(Incident::id).toList()));
		assertEquals(3255L, Seeds.incident(IDS.get(0)).recordsAffected());
		assertEquals(15370L, Seeds.incident(IDS.get(1)).recordsAffected());
		assertEquals(34L, Seeds.incident(IDS.get(2)).recordsAffected());
		assertEquals("人", Seeds.incident(IDS.get(2)).recordsUnit());
		assertEquals(2507L, Seeds.incident(IDS.get(3)).recordsAffected());
		Incident yupiteru = Seeds.incident(IDS.get(4));
		assertEquals(528563L, yupiteru.recordsAffected());
		assertEquals(405576L, yupiteru.personsAffected());
	}

	@Test
	void datesCausesAndRoutes() throws Exception {
		Incident sega = Seeds.incident(IDS.get(0));
		assertEquals(LocalDate.of(2019, 9, 5), sega.announced());
		assertEquals(LocalDate.of(2019, 8, 25), sega.discovered());
		Incident digibook = Seeds.incident(IDS.get(1));
		assertEquals(LocalDate.of(2009, 3, 1), digibook.incidentStart());
		assertEquals(LocalDate.of(2019, 2, 20), digibook.discovered());
		assertEquals("決済代行会社・カード会社からの連絡", digibook.discoveryRoute());
		Incident mirait = Seeds.incident(IDS.get(2));
		assertEquals("ペイメントアプリケーション改ざん", mirait.cause());
		assertEquals(LocalDate.of(2019, 7, 23), mirait.reportedToPpc());
		assertEquals(LocalDate.of(2019, 7, 23), mirait.reportedToPolice());
		Incident jungle = Seeds.incident(IDS.get(3));
		assertEquals(LocalDate.of(2018, 11, 6), jungle.discovered());
		assertTrue(jungle.actors().contains(kansa.core.incident.Actor.CONTRACTOR));
		Incident yupiteru = Seeds.incident(IDS.get(4));
		assertEquals("脅迫メール", yupiteru.discoveryRoute());
		assertEquals(LocalDate.of(2021, 5, 25), yupiteru.discovered());
		assertEquals(LocalDate.of(2021, 5, 26), yupiteru.reportedToPolice());
		assertEquals(LocalDate.of(2021, 6, 2), yupiteru.reportedToPpc());
		assertEquals(LocalDate.of(2021, 6, 7), yupiteru.announced());
	}

	@Test
	void everyCaseIsMappedToBothCatalogsWithAReason() throws Exception {
		for (Incident i : Seeds.incidents()) {
			assertTrue(i.mappedItems().stream().anyMatch(m -> m.checklistId().equals("iso27001-2022")), i.id());
			assertTrue(i.mappedItems().stream().anyMatch(m -> m.checklistId().equals("pmark-jisq15001-2017")), i.id());
			for (Incident.MappedItem m : i.mappedItems()) {
				assertFalse(m.reason().isBlank(), i.id() + " " + m.itemId());
				if (m.checklistId().equals("iso27001-2022")) {
					assertTrue(ISMS_ITEM.matcher(m.itemId()).matches(), m.itemId());
				} else {
					assertEquals("pmark-jisq15001-2017", m.checklistId());
					assertTrue(PMARK_ITEMS.contains(m.itemId()), m.itemId());
				}
			}
		}
	}

	@Test
	void labelsComeFromTheVocabulary() throws Exception {
		var causes = Vocabulary.CAUSES.stream().map(Vocabulary.Term::label).toList();
		var routes = Vocabulary.DISCOVERY_ROUTES.stream().map(Vocabulary.Term::label).toList();
		var types = Vocabulary.DATA_TYPES.stream().map(Vocabulary.Term::label).toList();
		for (Incident i : Seeds.incidents()) {
			assertTrue(causes.containsAll(i.allCauses()), i.id());
			assertTrue(routes.contains(i.discoveryRoute()), i.id());
			assertTrue(types.containsAll(i.dataTypes()), i.id() + " " + i.dataTypes());
			assertFalse(i.narrative().isBlank(), i.id());
			assertFalse(i.sources().isEmpty(), i.id());
		}
	}
}
