package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kansa.checklist.ChecklistValidator;
import kansa.checklist.Problem;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistCatalog;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.ChecklistMapping;
import kansa.core.checklist.RequirementRef;
import kansa.core.checklist.Section;
import kansa.testing.Services;

/** The built-in Pマーク and ISMS catalogs, found as DS services the way Kansa finds them. */
class CatalogTest {

	/** The 52 headings of JIS Q 15001:2017 Annex A (copied facts: the test never reads outside the project). */
	static final List<String> ANNEX_A = List.of("A.3.1", "A.3.1.1", "A.3.2", "A.3.2.1", "A.3.2.2", "A.3.3",
			"A.3.3.1", "A.3.3.2", "A.3.3.3", "A.3.3.4", "A.3.3.5", "A.3.3.6", "A.3.3.7", "A.3.4", "A.3.4.1",
			"A.3.4.2", "A.3.4.2.1", "A.3.4.2.2", "A.3.4.2.3", "A.3.4.2.4", "A.3.4.2.5", "A.3.4.2.6", "A.3.4.2.7",
			"A.3.4.2.8", "A.3.4.2.8.1", "A.3.4.2.8.2", "A.3.4.2.8.3", "A.3.4.2.9", "A.3.4.3", "A.3.4.3.1",
			"A.3.4.3.2", "A.3.4.3.3", "A.3.4.3.4", "A.3.4.4", "A.3.4.4.1", "A.3.4.4.2", "A.3.4.4.3", "A.3.4.4.4",
			"A.3.4.4.5", "A.3.4.4.6", "A.3.4.4.7", "A.3.4.5", "A.3.5", "A.3.5.1", "A.3.5.2", "A.3.5.3", "A.3.6",
			"A.3.7", "A.3.7.1", "A.3.7.2", "A.3.7.3", "A.3.8");

	/** J numbers of the 2024 guideline marked confirmed in the reference list; no other J number may appear. */
	static final Set<String> CONFIRMED_J = Set.of("J.1", "J.1.1", "J.1.2", "J.1.4", "J.2.1", "J.2.3.1", "J.2.3.2",
			"J.3.1.1", "J.3.1.2", "J.4", "J.4.1", "J.4.2", "J.4.5.1", "J.4.5.2", "J.4.5.3", "J.4.5.4", "J.4.5.5",
			"J.6.2", "J.6.3", "J.8", "J.8.1", "J.8.2", "J.8.4", "J.8.7", "J.8.8", "J.8.9", "J.8.10", "J.9", "J.9.1",
			"J.10", "J.10.1", "J.10.3", "J.11");

	/** Kansa's two catalogs, each selected by its service property {@link ChecklistCatalog#ID}. */
	static List<ChecklistCatalog> catalogs() throws InterruptedException {
		return List.of(catalog("kansa.isms"), catalog("kansa.pmark"));
	}

	private static ChecklistCatalog catalog(String id) {
		ChecklistCatalog catalog = Services.await(CatalogTest.class, ChecklistCatalog.class,
				Services.property(ChecklistCatalog.ID, id));
		assertEquals(id, catalog.id(), "the service property and id() agree");
		return catalog;
	}

	static Checklist checklist(String id) throws InterruptedException {
		return catalogs().stream().flatMap(c -> c.checklists().stream()).filter(c -> c.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no DS catalog offers " + id));
	}

	@Test
	void pmarkCatalogCoversEveryAnnexAHeading() throws Exception {
		Checklist pmark = checklist("pmark-jisq15001-2017");
		Set<String> headings = new HashSet<>();
		pmark.sections().stream().flatMap(Section::allSections).forEach(s -> headings.add(s.id()));
		pmark.items().forEach(i -> headings.add(i.id()));
		assertEquals(new HashSet<>(ANNEX_A), headings);
		assertEquals(43, pmark.itemCount(), "52 headings, of which 9 only group others");
		assertEquals(List.of(), new ChecklistValidator().validate(pmark));
	}

	@Test
	void everyPmarkItemHasItsOwnQuestionsMethodAndEvidenceInBothLanguages() throws Exception {
		for (ChecklistItem i : checklist("pmark-jisq15001-2017").items().toList()) {
			assertFalse(i.questions().isEmpty(), i.id());
			i.questions().forEach(q -> assertTrue(!q.ja().isEmpty() && !q.en().isEmpty(), i.id()));
			assertTrue(!i.howToCheck().ja().isEmpty() && !i.howToCheck().en().isEmpty(), i.id());
			assertTrue(!i.expectedEvidence().ja().isEmpty() && !i.expectedEvidence().en().isEmpty(), i.id());
			assertTrue(!i.guidance().ja().isEmpty() && !i.guidance().en().isEmpty(), i.id());
			assertTrue(i.requirements().contains(new RequirementRef("JIS Q 15001:2017", i.id())), i.id());
			assertEquals(i.id(), i.number());
		}
	}

	@Test
	void guidelineNumbersAreOnlyConfirmedOnesAndLawArticlesAreTheCurrentOnes() throws Exception {
		Checklist pmark = checklist("pmark-jisq15001-2017");
		pmark.items().flatMap(i -> i.requirements().stream()).filter(r -> r.standard().startsWith("構築・運用指針"))
				.forEach(r -> assertTrue(CONFIRMED_J.contains(r.clause()), "unconfirmed guideline number " + r));
		Map<String, String> articles = Map.of("A.3.4.3.2", "第23条", "A.3.4.3.3", "第24条", "A.3.4.3.4", "第25条",
				"A.3.3.7", "第26条");
		articles.forEach((item, article) -> assertTrue(pmark.item(item).orElseThrow().requirements()
				.contains(new RequirementRef("個人情報保護法", article)), item + " " + article));
		assertTrue(pmark.item("A.3.4.3.2").orElseThrow().guidance().ja().contains("第20条"),
				"the guidance names the article number before 2022");
		assertTrue(pmark.item("A.3.4.2.1").orElseThrow().requirements()
				.contains(new RequirementRef("構築・運用指針 2024", "J.8.1")));
	}

	@Test
	void ismsToPmarkMappingCoversTheSharedSubjectsWithoutDanglingEntries() throws Exception {
		ChecklistMapping m = catalogs().stream().flatMap(c -> c.mappings().stream())
				.filter(x -> x.from().equals("iso27001-2022") && x.to().equals("pmark-jisq15001-2017")).findFirst()
				.orElseThrow();
		Checklist isms = checklist("iso27001-2022");
		Checklist pmark = checklist("pmark-jisq15001-2017");
		ChecklistValidator v = new ChecklistValidator(id -> Optional.ofNullable(
				id.equals(isms.id()) ? isms : id.equals(pmark.id()) ? pmark : null));
		List<Problem> problems = v.validate(m);
		assertEquals(List.of(), problems);
		assertEquals(List.of("A.3.4.3.2"), m.toItemsOf("A.5.15"), "access control");
		assertEquals(List.of("A.3.4.3.4"), m.toItemsOf("A.5.19"), "supplier management");
		assertEquals(List.of("A.3.3.7"), m.toItemsOf("A.5.26"), "incident response");
		assertTrue(m.fromItemsOf("A.3.4.3.4").containsAll(List.of("A.5.19", "A.5.20", "A.5.22")));
		assertNotNull(m.title().ja());
	}
}
