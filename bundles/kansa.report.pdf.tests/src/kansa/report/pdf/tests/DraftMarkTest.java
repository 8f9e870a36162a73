package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;

import kansa.core.audit.Audit;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.report.pdf.internal.PdfReportGenerator;

/**
 * The ドラフト mark: on every page when asked for or while items are 未評価, nowhere otherwise. iText's PDF/A
 * check runs on every report written, so a mark that broke PDF/A would fail generation.
 */
class DraftMarkTest {

	@Test
	void unassessedItemsMakeEveryPageADraft() throws Exception {
		byte[] pdf = Pdfs.generate(new AuditFixture().build()); // i-3753 has no result
		List<String> pages = Pdfs.pageTexts(pdf);
		assertTrue(pages.size() > 5);
		for (int i = 0; i < pages.size(); i++) {
			assertTrue(pages.get(i).contains("ドラフト"), "page " + (i + 1) + ": " + pages.get(i));
		}
		try (PdfDocument doc = Pdfs.open(pdf)) {
			assertTrue(doc.getDocumentInfo().getTitle().endsWith("（ドラフト）"), doc.getDocumentInfo().getTitle());
		}
	}

	@Test
	void aFullyJudgedAuditIsADraftOnlyWhenAskedFor() throws Exception {
		Audit judged = judged();
		for (String page : Pdfs.pageTexts(Pdfs.generate(judged))) {
			assertFalse(page.contains("ドラフト"), page);
		}
		byte[] asked = Pdfs.generate(new PdfReportGenerator(), Pdfs.request(judged, Locale.ENGLISH).withDraft(true),
				new NullProgressMonitor());
		for (String page : Pdfs.pageTexts(asked)) {
			assertTrue(page.contains("DRAFT"), page);
		}
	}

	private static Audit judged() throws Exception {
		return new AuditFixture().build().withResult(new ItemResult("i-3753", "", Verdict.CONFORMING, "実施済み。", "",
				null, List.of(), List.of()));
	}
}
