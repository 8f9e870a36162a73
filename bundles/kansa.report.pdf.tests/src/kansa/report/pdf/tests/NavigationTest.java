package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfString;

import kansa.core.audit.Audit;
import kansa.core.audit.Audit.RecordedEvidence;
import kansa.core.audit.Audit.RecordedFinding;

/** Bookmarks for every finding, and links from the summary to the findings and from the findings to the appendix. */
class NavigationTest {

	private static Audit audit;
	private static byte[] pdf;
	private static List<String> pages;

	@BeforeAll
	static void generate() throws Exception {
		// enough items that the findings, the results and the appendix sit on different pages
		audit = new AuditFixture().extraItems(40).build();
		pdf = Pdfs.generate(audit);
		pages = Pdfs.pageTexts(pdf).stream().map(Pdfs::squeeze).toList();
	}

	@Test
	void everyFindingHasANamedDestinationOnItsOwnPage() {
		try (PdfDocument doc = Pdfs.open(pdf)) {
			Map<String, Integer> dests = Pdfs.destinationPages(doc);
			for (RecordedFinding f : audit.findings()) {
				Integer page = dests.get("finding-" + f.finding().id());
				assertNotNull(page, "no destination for " + f.finding().id() + ": " + dests.keySet());
				String text = pages.get(page - 1);
				assertTrue(text.contains(Pdfs.squeeze(f.finding().statement())),
						f.finding().id() + " jumps to page " + page + " which lacks its statement");
			}
		}
	}

	@Test
	void summaryLinksToEveryFinding() {
		int summary = pageWith("指摘事項の一覧");
		try (PdfDocument doc = Pdfs.open(pdf)) {
			Set<String> targets = new HashSet<>(Pdfs.linkTargets(doc, summary));
			for (RecordedFinding f : audit.findings()) {
				assertTrue(targets.contains("finding-" + f.finding().id()),
						"summary on page " + summary + " lacks a link to " + f.finding().id() + ": " + targets);
			}
		}
	}

	@Test
	void findingsLinkToTheirEvidenceRowsInTheAppendix() {
		List<RecordedEvidence> evidence = audit.evidence();
		try (PdfDocument doc = Pdfs.open(pdf)) {
			Map<String, Integer> dests = Pdfs.destinationPages(doc);
			int findingsPage = dests.get("finding-F-001");
			List<String> targets = Pdfs.linkTargets(doc, findingsPage).stream().filter(t -> t.startsWith("evidence-"))
					.toList();
			// F-001 (A.3.3.3) has the risk assessment attached, the second evidence file in checklist order
			assertTrue(targets.contains("evidence-2"), targets.toString());
			int checked = 0;
			for (int n = 1; n <= evidence.size(); n++) {
				Integer page = dests.get("evidence-" + n);
				assertNotNull(page, "appendix row " + n + " has no destination");
				assertTrue(page > findingsPage, "appendix row " + n + " before the findings");
				String path = Pdfs.squeeze(evidence.get(n - 1).evidence().path());
				assertTrue(pages.get(page - 1).contains(path), "row " + n + " is not on page " + page);
				checked++;
			}
			assertEquals(4, checked);
		}
	}

	@Test
	void resultsTableLinksFindingsToo() {
		try (PdfDocument doc = Pdfs.open(pdf)) {
			int results = pageWith("確認結果一覧");
			assertTrue(Pdfs.linkTargets(doc, results).contains("finding-F-001"));
		}
	}

	@Test
	void outlineHasAnEntryForEveryFindingUnderTheFindingsChapter() {
		try (PdfDocument doc = Pdfs.open(pdf)) {
			Map<String, Integer> dests = Pdfs.destinationPages(doc);
			PdfOutline chapter = doc.getOutlines(false).getAllChildren().stream()
					.filter(o -> o.getTitle().endsWith("指摘事項")).findFirst().orElseThrow();
			List<PdfOutline> entries = chapter.getAllChildren();
			assertEquals(audit.findings().size(), entries.size());
			for (int i = 0; i < entries.size(); i++) {
				RecordedFinding f = audit.findings().get(i);
				PdfOutline entry = entries.get(i);
				assertTrue(entry.getTitle().startsWith(f.finding().id()), entry.getTitle());
				assertTrue(entry.getTitle().contains(f.finding().grade().label(java.util.Locale.JAPANESE)));
				String name = ((PdfString) entry.getDestination().getPdfObject()).toUnicodeString();
				assertEquals(dests.get("finding-" + f.finding().id()), dests.get(name));
			}
			// the other chapters have no children
			assertFalse(doc.getOutlines(false).getAllChildren().stream().filter(o -> o != chapter)
					.anyMatch(o -> !o.getAllChildren().isEmpty()));
		}
	}

	private static int pageWith(String text) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).contains(text) && i > 1) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " on no page after the contents");
	}
}
