package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;

import kansa.core.audit.Audit;
import kansa.core.report.ReportRequest;
import kansa.report.pdf.internal.PdfReportGenerator;

/** 前回監査からの変化, when the request carries the previous audit. */
class ChangesTest {

	private static final String TITLE = "前回監査からの変化";
	private static String text;
	private static byte[] pdf;

	@BeforeAll
	static void generate() throws Exception {
		Audit now = AuditFixture.withCarriedOver(new AuditFixture().build());
		Audit previous = AuditFixture.previous(now);
		ReportRequest request = Pdfs.request(now, Locale.JAPANESE).withPreviousAudit(previous);
		pdf = Pdfs.generate(new PdfReportGenerator(), request, new NullProgressMonitor());
		text = Pdfs.flatText(pdf);
	}

	@Test
	void chapterComparesWithThePreviousAudit() {
		String chapter = chapter();
		assertTrue(chapter.contains("2025年度個人情報保護内部監査"), chapter);
		assertTrue(chapter.contains("2025年4月16日〜2025年4月17日"), chapter);
		// 適合 to 改善の機会 (A.3.4.3.2) is a change: 悪化 is for a move into a nonconformity only
		assertTrue(chapter.contains("悪化1件、改善2件、その他の変更7件"), chapter);
		assertTrue(chapter.contains("A.3.4.3.2安全管理措置適合改善の機会変更"), chapter);
		assertTrue(chapter.contains("A.3.3.3リスクアセスメント及びリスク対策適合軽微な不適合悪化"), chapter);
		assertTrue(chapter.contains("A.3.3.5内部規程軽微な不適合観察事項改善"), chapter);
	}

	@Test
	void previousFindingsAreFollowedUp() {
		String chapter = chapter();
		assertTrue(chapter.contains("F-101"), chapter);
		assertTrue(chapter.contains("継続（F-003）"), "the same item is found again: " + chapter);
		assertTrue(chapter.contains("F-103") && chapter.contains("解消（適合）"), chapter);
		assertTrue(chapter.contains("完了"), "the old corrective action's status: " + chapter);
	}

	@Test
	void aCarriedOverRequestShowsItsCurrentStatus() {
		String chapter = chapter();
		int f101 = chapter.indexOf("F-101");
		String row = chapter.substring(f101, chapter.indexOf("継続", f101));
		assertTrue(row.contains("CA-101回答受領"), "followed up in this audit: " + row);
		assertFalse(row.contains("未回答"), "not its status when the previous audit was reported: " + row);
	}

	@Test
	void aCarriedOverRequestIsInTheCorrectiveActionsChapter() {
		int start = text.indexOf("以下の不適合について是正処置を要求します");
		String chapter = text.substring(start, text.indexOf("確認結果一覧", start));
		assertTrue(chapter.contains("CA-101前回F-101旧様式の回収と新様式への切替え大阪支店長田中2025年6月30日"), chapter);
		assertTrue(chapter.contains("回答受領"), chapter);
		assertTrue(chapter.indexOf("CA-003") < chapter.indexOf("CA-101"), "after this audit's own requests: " + chapter);
	}

	@Test
	void repeatedFindingIsMarkedInItsBlock() {
		int block = text.indexOf("F-003", text.indexOf("指摘事項は5件"));
		String f3 = text.substring(block, text.indexOf("F-004", block));
		assertTrue(f3.contains("前回も指摘あり（F-101重大な不適合）：再発"), f3);
		int f1 = text.indexOf("F-001", text.indexOf("指摘事項は5件"));
		assertFalse(text.substring(f1, text.indexOf("F-002", f1)).contains("前回も指摘あり"));
	}

	@Test
	void chapterIsInTheContentsAndOutline() {
		assertTrue(Pdfs.squeeze(Pdfs.pageTexts(pdf).get(1)).contains("4" + TITLE), "numbered 4 in the contents");
		try (PdfDocument doc = Pdfs.open(pdf)) {
			assertTrue(doc.getOutlines(false).getAllChildren().stream().anyMatch(o -> o.getTitle().endsWith(TITLE)));
			// the findings chapter moved to 5 and still has its bookmarks
			assertTrue(doc.getOutlines(false).getAllChildren().stream()
					.anyMatch(o -> o.getTitle().equals("5　指摘事項") && o.getAllChildren().size() == 5));
		}
	}

	@Test
	void noInternalIdsInFrontOfTheClient() throws Exception {
		Audit now = AuditFixture.withCarriedOver(new AuditFixture().build());
		byte[] english = Pdfs.generate(new PdfReportGenerator(),
				Pdfs.request(now, Locale.ENGLISH).withPreviousAudit(AuditFixture.previous(now)),
				new NullProgressMonitor());
		for (String all : List.of(text, Pdfs.flatText(english))) {
			for (String id : List.of("2026-sakura-internal", "2025-sakura-internal", "pms-internal")) {
				assertFalse(all.contains(id), id + " printed: " + all);
			}
		}
		// the previous audit by its title and dates, the checklist by its title and version
		assertTrue(text.contains("前回監査2025年度個人情報保護内部監査（2025年4月16日〜2025年4月17日）"), text);
		assertTrue(text.contains("使用チェックリスト:個人情報保護マネジメントシステム内部監査チェックリスト（版2.1）"), text);
	}

	@Test
	void noPreviousAuditNoChapter() throws Exception {
		assertFalse(Pdfs.flatText(Pdfs.generate(new AuditFixture().build())).contains(TITLE));
	}

	private static String chapter() {
		int start = text.indexOf(TITLE, text.indexOf(TITLE) + 1); // the first is in the contents
		return text.substring(start, text.indexOf("指摘事項は5件", start));
	}
}
