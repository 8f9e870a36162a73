package kansa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;
import kansa.testing.Audits;

class ModelTest {

	@Test
	void mostSeriousVerdictOverSitesStandsForTheItem() {
		Audit audit = Audits.everyField();
		assertEquals(Verdict.MINOR_NONCONFORMITY, audit.verdictOf("A.8.8"));
		assertEquals(Verdict.NOT_ASSESSED, audit.verdictOf("A.5.15"));
		Map<Verdict, Integer> counts = audit.verdictCounts();
		assertEquals(1, counts.get(Verdict.CONFORMING));
		assertEquals(1, counts.get(Verdict.MINOR_NONCONFORMITY));
		assertEquals(1, counts.get(Verdict.NOT_ASSESSED));
		assertEquals(3, counts.values().stream().mapToInt(Integer::intValue).sum());
		Map<String, Verdict> standing = audit.standingVerdicts();
		assertEquals(Verdict.MINOR_NONCONFORMITY, standing.get("A.8.8"));
		assertEquals(null, standing.get("A.5.15"), "no result, no entry");
		audit.checklist().items().forEach(i -> assertEquals(audit.verdictOf(i.id()),
				standing.getOrDefault(i.id(), Verdict.NOT_ASSESSED), i.id()));
	}

	@Test
	void findingsAndEvidenceAreListedWithTheirItems() {
		Audit audit = Audits.everyField();
		assertEquals(List.of("A.8.8"), audit.findings().stream().map(f -> f.item().number()).toList());
		assertEquals("本社", audit.findings().get(0).site());
		assertEquals("サーバ室.jpg", audit.evidence().get(0).evidence().fileName());
	}

	@Test
	void withResultReplacesTheSameItemAndSite() {
		Audit audit = Audits.everyField().withResult(ItemResult.unassessed("A.5.15"))
				.withResult(new ItemResult("A.5.15", "", Verdict.OBSERVATION, "要観察", "", null, List.of(), List.of()));
		assertEquals(Verdict.OBSERVATION, audit.verdictOf("A.5.15"));
		assertEquals(1, audit.resultsFor("A.5.15").size());
	}

	@Test
	void resultForAnItemNotInTheSnapshotIsRejected() {
		Audit audit = Audits.everyField();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> audit.withResult(ItemResult.unassessed("A.9.9")));
		assertTrue(e.getMessage().contains("unknown item A.9.9"), e.getMessage());
	}

	@Test
	void duplicateItemIdsAreRejected() {
		Section s = new Section("s", "1", LocalizedText.ja("節"),
				List.of(Audits.fullItem("x", "1.1", "一"), Audits.fullItem("x", "1.2", "二")), List.of());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Checklist("c", "1",
				LocalizedText.ja("表題"), "", "", null, "", "", List.of(s)));
		assertTrue(e.getMessage().contains("duplicate ids [x]"), e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/etc/passwd", "../x", "evidence/../../x", "C:/x", "a\\b", "evidence/", "./a" })
	void evidenceOutsideTheAuditFolderIsRejected(String path) {
		assertThrows(IllegalArgumentException.class,
				() -> new Evidence(path, Audits.SHA, 1, EvidenceKind.DOCUMENT, "", "", null));
	}

	@Test
	void verdictsParseFromJapaneseEnglishAndNames() {
		assertEquals(Verdict.MINOR_NONCONFORMITY, Verdict.parse("軽微な不適合"));
		assertEquals(Verdict.OPPORTUNITY_FOR_IMPROVEMENT, Verdict.parse("Opportunity for improvement"));
		assertEquals(Verdict.NOT_APPLICABLE, Verdict.parse("not-applicable"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Verdict.parse("まあまあ"));
		assertTrue(e.getMessage().contains("適合"), "lists the valid verdicts");
	}

	@Test
	void localizedTextFallsBackToTheOtherLanguage() {
		assertEquals("方針", LocalizedText.of("方針", "").get(Locale.ENGLISH));
		assertEquals("Policy", LocalizedText.of("方針", "Policy").get(Locale.ENGLISH));
		assertEquals("Policy", LocalizedText.of("", "Policy").get(Locale.JAPANESE));
	}
}
