package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Audit;
import kansa.core.report.ReportRequest;

class ChecklistSheetTest {

	@TempDir
	Path auditDir;

	private XSSFWorkbook wb;
	private Sheet sheet;

	@BeforeEach
	void generate() throws Exception {
		Audit audit = AuditFixture.in(auditDir).build();
		wb = Xlsx.generate(new ReportRequest(audit, auditDir));
		sheet = wb.getSheet("チェックリスト結果");
	}

	@Test
	void sheetsInReadingOrder() {
		assertEquals(List.of("表紙", "集計", "チェックリスト結果", "指摘事項一覧", "是正処置要求", "証跡ファイル一覧"),
				Xlsx.sheetNames(wb));
	}

	@Test
	void headerRowHasTheAgreedColumnsAndASiteColumnForAMultiSiteAudit() {
		assertEquals(List.of("No.", "規格項番", "確認項目", "確認方法", "拠点", "判定", "所見", "証跡", "被監査者"),
				Xlsx.headers(sheet));
	}

	@Test
	void noSiteColumnWhenNoResultIsPerSite() throws Exception {
		Path other = Files.createDirectory(auditDir.resolve("single-site"));
		try (XSSFWorkbook single = Xlsx.generate(new ReportRequest(AuditFixture.in(other).withoutSites().build(), other))) {
			Sheet s = single.getSheet("チェックリスト結果");
			assertEquals(List.of("No.", "規格項番", "確認項目", "確認方法", "判定", "所見", "証跡", "被監査者"), Xlsx.headers(s));
			assertEquals(1, Xlsx.rowsWhere(s, 0, "J.4-3").size());
			assertFalse(Xlsx.headers(single.getSheet("証跡ファイル一覧")).contains("拠点"));
		}
	}

	@Test
	void rowsAreTallEnoughForTheirLines() {
		float line = sheet.getDefaultRowHeightInPoints();
		Row twoFiles = Xlsx.onlyRowWhere(sheet, "No.", "J.4-1");
		assertTrue(twoFiles.getHeightInPoints() >= 2 * 13.5f, "two evidence lines: " + twoFiles.getHeightInPoints());
		Row oneLine = Xlsx.onlyRowWhere(sheet, "No.", "J.4-4");
		assertEquals(line, oneLine.getHeightInPoints(), 0.01f, "a one-line row keeps the default height");
	}

	@Test
	void everyItemInChecklistOrderUnderItsSectionHeadings() {
		List<String> firstColumn = new ArrayList<>();
		for (Row r : sheet) {
			if (r.getRowNum() > 0) {
				firstColumn.add(Xlsx.text(r, 0));
			}
		}
		assertEquals(List.of("J.1 個人情報保護方針", "J.1-1", "J.1-2", "J.3 計画", "J.3-2", "J.3-3", "　J.3.1 個人情報の特定",
				"J.3.1-1", "J.3.1-2", "J.4 実施及び運用", "J.4-1", "J.4-2", "J.4-3", "J.4-3", "J.4-4", "J.4-5"), firstColumn);
	}

	@Test
	void itemRowCarriesTitleRequirementsMethodVerdictNotesEvidenceAndInterviewee() {
		Row r = Xlsx.onlyRowWhere(sheet, "No.", "J.1-1");
		assertEquals("JIS Q 15001:2023 5.2.1", Xlsx.text(r, sheet, "規格項番"));
		assertEquals("内部向け個人情報保護方針の策定", Xlsx.text(r, sheet, "確認項目"));
		assertEquals("方針文書を閲覧し、トップマネジメントの承認日と署名を確認する。", Xlsx.text(r, sheet, "確認方法"));
		assertEquals("", Xlsx.text(r, sheet, "拠点"));
		assertEquals("適合", Xlsx.text(r, sheet, "判定"));
		assertEquals("個人情報保護方針（第3版、2026年4月1日 代表取締役承認）を確認。社内ポータルに掲示されている。",
				Xlsx.text(r, sheet, "所見"));
		assertEquals("個人情報保護方針_第3版.pdf", Xlsx.text(r, sheet, "証跡"));
		assertEquals("佐藤 一郎", Xlsx.text(r, sheet, "被監査者"));
	}

	@Test
	void severalRequirementsAndSeveralFilesAreOneLineEach() {
		Row r = Xlsx.onlyRowWhere(sheet, "No.", "J.1-2");
		assertEquals("JIS Q 15001:2023 5.2.2\n個人情報保護法 第32条", Xlsx.text(r, sheet, "規格項番"));
		Row j41 = Xlsx.onlyRowWhere(sheet, "No.", "J.4-1");
		assertEquals("重大な不適合", Xlsx.text(j41, sheet, "判定"));
		assertEquals("委託先一覧.pdf\n委託契約書_抜粋.pdf", Xlsx.text(j41, sheet, "証跡"));
	}

	@Test
	void itemAuditedAtTwoSitesHasARowPerSiteInTheClientsOrderOfSites() {
		List<Row> rows = Xlsx.rowsWhere(sheet, Xlsx.column(sheet, "No."), "J.4-3");
		assertEquals(2, rows.size());
		assertEquals("本社", Xlsx.text(rows.get(0), sheet, "拠点"));
		assertEquals("適合", Xlsx.text(rows.get(0), sheet, "判定"));
		assertEquals("入退室記録 2026-10.csv", Xlsx.text(rows.get(0), sheet, "証跡"));
		assertEquals("大阪営業所", Xlsx.text(rows.get(1), sheet, "拠点"));
		assertEquals("軽微な不適合", Xlsx.text(rows.get(1), sheet, "判定"));
		assertEquals("サーバ室の入退室記録に2026年9月分の欠落がある。", Xlsx.text(rows.get(1), sheet, "所見"));
	}

	@Test
	void itemWithoutResultIsNotAssessed() {
		Row r = Xlsx.onlyRowWhere(sheet, "No.", "J.4-4");
		assertEquals("苦情及び相談への対応", Xlsx.text(r, sheet, "確認項目"));
		assertEquals("未評価", Xlsx.text(r, sheet, "判定"));
		assertEquals("", Xlsx.text(r, sheet, "所見"));
		assertEquals("", Xlsx.text(r, sheet, "証跡"));
	}

	@Test
	void verdictsCoverEveryKind() {
		int col = Xlsx.column(sheet, "判定");
		for (String v : List.of("適合", "軽微な不適合", "重大な不適合", "観察事項", "改善の機会", "該当なし", "未評価")) {
			assertTrue(!Xlsx.rowsWhere(sheet, col, v).isEmpty(), v);
		}
	}
}
