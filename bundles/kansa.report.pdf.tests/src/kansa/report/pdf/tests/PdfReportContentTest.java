package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;

import kansa.core.audit.Audit;
import kansa.core.checklist.ChecklistItem;
import kansa.report.pdf.internal.PdfReportGenerator;

/** What a reader finds in the report, read back with iText's own text extraction. */
class PdfReportContentTest {

	private static Audit audit;
	private static byte[] pdf;
	private static String text;

	@BeforeAll
	static void generate() throws Exception {
		audit = new AuditFixture().build();
		pdf = Pdfs.generate(audit);
		text = Pdfs.flatText(pdf);
	}

	@Test
	void isPdf() {
		assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
	}

	@Test
	void coverNamesReportClientAndAudit() {
		String cover = Pdfs.squeeze(Pdfs.pageTexts(pdf).get(0));
		assertTrue(cover.contains("内部監査報告書"), cover);
		assertTrue(cover.contains(AuditFixture.CLIENT), cover);
		assertTrue(cover.contains("2026年度個人情報保護内部監査"), cover);
		assertTrue(cover.contains("2026年4月15日〜2026年4月17日"), cover);
		assertTrue(cover.contains("山本恵子"), cover);
		assertTrue(cover.contains("2026年4月24日"), "report date from the option: " + cover);
		assertTrue(cover.contains("報告済"), cover);
	}

	@Test
	void everyItemTitleAndVerdictIsListed() {
		List<ChecklistItem> items = audit.checklist().items().toList();
		assertEquals(12, items.size());
		for (ChecklistItem item : items) {
			assertTrue(text.contains(Pdfs.squeeze(item.title().ja())), "missing item " + item.label(Locale.JAPANESE));
			assertTrue(text.contains(item.number()), "missing number " + item.number());
		}
		for (String verdict : List.of("適合", "軽微な不適合", "重大な不適合", "観察事項", "改善の機会", "該当なし", "未評価")) {
			assertTrue(text.contains(verdict), "missing verdict " + verdict);
		}
	}

	@Test
	void everyFindingStatementIsReported() {
		assertEquals(5, audit.findings().size());
		for (Audit.RecordedFinding f : audit.findings()) {
			assertTrue(text.contains(Pdfs.squeeze(f.finding().statement())), "missing finding " + f.finding().id());
		}
	}

	/** Observations and improvements have no root cause to analyse: no 「（未分析）」 row for them. */
	@Test
	void rootCauseIsShownForNonconformitiesOnly() {
		assertFalse(text.contains("未分析"), "no root-cause row for F-002 and F-004");
		assertTrue(text.contains(Pdfs.squeeze("新規業務開始時にリスク分析の見直しを求める手順が内部規程にない。")));
	}

	@Test
	void kanjiExtractAsUnifiedIdeographs() {
		// 人 must come back as U+4EBA, not as the Kangxi radical U+2F08 that looks the same
		assertTrue(text.contains("本\u4EBA"), "本人 not found");
		assertFalse(text.contains("\u2F08"), "Kangxi radical U+2F08 in extracted text");
	}

	@Test
	void runningFooterCountsPages() {
		List<String> pages = Pdfs.pageTexts(pdf);
		int total = pages.size();
		assertTrue(total >= 3, "cover, contents and results at least");
		for (int n = 2; n <= total; n++) {
			String page = Pdfs.squeeze(pages.get(n - 1));
			assertTrue(page.contains(n + "/" + total), "page " + n + " lacks its number: " + page);
			assertTrue(page.contains("社外秘"), "page " + n + " lacks the confidentiality mark");
			assertTrue(page.contains(AuditFixture.CLIENT), "page " + n + " lacks the running header");
		}
	}

	@Test
	void resultsHeaderRepeatsOnEveryPageOfALongTable() throws Exception {
		byte[] longPdf = Pdfs.generate(new AuditFixture().extraItems(80).build());
		long pagesWithRows = Pdfs.pageTexts(longPdf).stream().map(Pdfs::squeeze)
				.filter(p -> p.contains("追加確認項目")).count();
		long pagesWithHeader = Pdfs.pageTexts(longPdf).stream().map(Pdfs::squeeze)
				.filter(p -> p.contains("追加確認項目") && p.contains("No.確認項目判定所見")).count();
		assertTrue(pagesWithRows >= 2, "80 extra items should run over pages");
		assertEquals(pagesWithRows, pagesWithHeader);
	}

	@Test
	void metadataAndOutline() {
		try (PdfDocument doc = Pdfs.open(pdf)) {
			// the fixture leaves an item 未評価, so the report is a draft
			assertEquals("内部監査報告書 2026年度 個人情報保護 内部監査（ドラフト）", doc.getDocumentInfo().getTitle());
			assertEquals("山本 恵子", doc.getDocumentInfo().getAuthor());
			assertEquals("ja-JP", doc.getCatalog().getLang().toUnicodeString());
			List<String> bookmarks = doc.getOutlines(false).getAllChildren().stream().map(o -> o.getTitle()).toList();
			assertTrue(bookmarks.contains("目次"), bookmarks.toString());
			assertTrue(bookmarks.stream().anyMatch(b -> b.contains("確認結果一覧")), bookmarks.toString());
		}
	}

	@Test
	void englishReport() throws Exception {
		byte[] en = Pdfs.generate(new PdfReportGenerator(), Pdfs.request(audit, Locale.ENGLISH),
				new NullProgressMonitor());
		String enText = Pdfs.flatText(en);
		assertTrue(enText.contains("InternalAuditReport"), enText);
		assertTrue(enText.contains("Risk assessment and treatment".replace(" ", "")));
	}
}
