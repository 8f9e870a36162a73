package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Audit;
import kansa.core.audit.CarriedAction;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.Verdict;
import kansa.core.checklist.Section;
import kansa.core.report.ReportRequest;

/** 表紙, 集計, 指摘事項一覧 and 是正処置要求. */
class OtherSheetsTest {

	@TempDir
	Path auditDir;

	private Audit audit;
	private XSSFWorkbook wb;

	@BeforeEach
	void generate() throws Exception {
		audit = AuditFixture.in(auditDir).build();
		wb = Xlsx.generate(new ReportRequest(audit, auditDir));
	}

	@Test
	void coverHasTheAuditMetadata() {
		Sheet cover = wb.getSheet("表紙");
		assertEquals("2026年度 個人情報保護マネジメントシステム 内部監査", cover.getRow(0).getCell(0).getStringCellValue());
		assertEquals("株式会社サンプル商事", Xlsx.valueOf(cover, "被監査組織").getStringCellValue());
		assertEquals("本社、大阪営業所", Xlsx.valueOf(cover, "対象拠点").getStringCellValue());
		assertEquals("JIS Q 15001:2023\nプライバシーマーク付与適格性審査基準\n個人情報保護規程 第5版",
				Xlsx.valueOf(cover, "監査基準").getStringCellValue());
		assertEquals("山田 太郎", Xlsx.valueOf(cover, "監査責任者").getStringCellValue());
		assertEquals("鈴木 花子、高橋 健", Xlsx.valueOf(cover, "監査チーム").getStringCellValue());
		assertEquals("報告済", Xlsx.valueOf(cover, "状況").getStringCellValue());
		assertEquals("佐藤 一郎（総務部・個人情報保護管理者）\n田中 美咲（情報システム部・課長）",
				Xlsx.valueOf(cover, "被監査者").getStringCellValue());
		Cell start = Xlsx.valueOf(cover, "監査開始日");
		assertEquals(CellType.NUMERIC, start.getCellType());
		assertTrue(DateUtil.isCellDateFormatted(start));
		assertEquals(LocalDate.of(2026, 10, 6), start.getLocalDateTimeCellValue().toLocalDate());
		assertEquals(LocalDate.of(2026, 10, 8), Xlsx.valueOf(cover, "監査終了日").getLocalDateTimeCellValue().toLocalDate());
		assertTrue(Xlsx.valueOf(cover, "チェックリスト").getStringCellValue().contains("版: 1.0"));
	}

	@Test
	void summaryCountsStandingVerdictsPerTopLevelSection() {
		Sheet summary = wb.getSheet("集計");
		List<String> headers = Xlsx.headers(summary);
		assertEquals(List.of("章", "適合", "軽微な不適合", "重大な不適合", "観察事項", "改善の機会", "該当なし", "未評価", "合計"), headers);
		List<Section> sections = audit.checklist().sections();
		for (int i = 0; i < sections.size(); i++) {
			Row row = summary.getRow(1 + i);
			assertEquals(sections.get(i).label(java.util.Locale.JAPANESE), row.getCell(0).getStringCellValue());
			Map<Verdict, Integer> expected = audit.verdictCounts(sections.get(i).allItems());
			for (Verdict v : Verdict.values()) {
				int col = headers.indexOf(v.label(java.util.Locale.JAPANESE));
				assertEquals(expected.get(v), (int) row.getCell(col).getNumericCellValue(), sections.get(i).id() + " " + v);
			}
		}
		// J.4: 重大 (4-1), 適合 (4-2), 軽微 (4-3: the worst of its two sites), 未評価 (4-4), 該当なし (4-5)
		Row j4 = summary.getRow(3);
		assertEquals(1, (int) j4.getCell(headers.indexOf("重大な不適合")).getNumericCellValue());
		assertEquals(1, (int) j4.getCell(headers.indexOf("軽微な不適合")).getNumericCellValue());
		assertEquals(5, (int) j4.getCell(headers.indexOf("合計")).getNumericCellValue());
		Row total = summary.getRow(4);
		assertEquals("合計", total.getCell(0).getStringCellValue());
		assertEquals(5, (int) total.getCell(headers.indexOf("適合")).getNumericCellValue());
		assertEquals(11, (int) total.getCell(headers.indexOf("合計")).getNumericCellValue());
		assertEquals(1, (int) Xlsx.valueOf(summary, "観察事項").getNumericCellValue(), "findings per grade");
	}

	@Test
	void findingsListEveryFindingWithItsRequirement() {
		Sheet sheet = wb.getSheet("指摘事項一覧");
		assertEquals(List.of("指摘番号", "区分", "確認項目", "拠点", "規格要求事項", "指摘内容", "根拠（確認した事実）", "根本原因",
				"是正処置要求"), Xlsx.headers(sheet));
		assertEquals(4, sheet.getLastRowNum());
		Row f1 = Xlsx.onlyRowWhere(sheet, "指摘番号", "F-001");
		assertEquals("重大な不適合", Xlsx.text(f1, sheet, "区分"));
		assertEquals("J.4-1 委託先の監督", Xlsx.text(f1, sheet, "確認項目"));
		assertEquals("JIS Q 15001:2023 A.3.4.3.4", Xlsx.text(f1, sheet, "規格要求事項"));
		assertEquals("委託開始時の契約確認手順が定められていない。", Xlsx.text(f1, sheet, "根本原因"));
		assertEquals("CA-001", Xlsx.text(f1, sheet, "是正処置要求"));
		Row f2 = Xlsx.onlyRowWhere(sheet, "指摘番号", "F-002");
		assertEquals("大阪営業所", Xlsx.text(f2, sheet, "拠点"));
		// F-004 names no clause: the item's own references stand in
		assertEquals("JIS Q 15001:2023 6.1.3", Xlsx.text(Xlsx.onlyRowWhere(sheet, "指摘番号", "F-004"), sheet, "規格要求事項"));
	}

	@Test
	void correctiveActionsWithDueDateStatusAndResponse() {
		Sheet sheet = wb.getSheet("是正処置要求");
		assertEquals(2, sheet.getLastRowNum());
		Row ca2 = Xlsx.onlyRowWhere(sheet, "是正処置番号", "CA-002");
		assertEquals("F-002", Xlsx.text(ca2, sheet, "指摘番号"));
		assertEquals("大阪営業所長", Xlsx.text(ca2, sheet, "担当者"));
		assertEquals("回答受領", Xlsx.text(ca2, sheet, "状況"));
		assertEquals("記録様式を改訂し、月次で総務部が確認する運用とした。", Xlsx.text(ca2, sheet, "回答内容"));
		Cell due = ca2.getCell(Xlsx.column(sheet, "回答期限"));
		assertEquals(LocalDate.of(2026, 11, 30), due.getLocalDateTimeCellValue().toLocalDate());
		assertEquals("未回答", Xlsx.text(Xlsx.onlyRowWhere(sheet, "是正処置番号", "CA-001"), sheet, "状況"));
	}

	@Test
	void requestsCarriedOverFromThePreviousAuditAreListedWithTheirOrigin() throws Exception {
		var carried = new CarriedAction("2025-internal", "F-004", audit.checklist().items().findFirst().orElseThrow().id(),
				"前年度の指摘", new CorrectiveAction("CA-104", "手順を改訂する", "総務部", LocalDate.of(2026, 3, 31),
						CorrectiveActionStatus.RESPONSE_RECEIVED, "改訂済み"));
		XSSFWorkbook withCarried = Xlsx.generate(new ReportRequest(audit.withCarriedOver(List.of(carried)), auditDir));
		Sheet sheet = withCarried.getSheet("是正処置要求");
		assertEquals(3, sheet.getLastRowNum());
		Row row = Xlsx.onlyRowWhere(sheet, "是正処置番号", "CA-104");
		assertEquals("前回 F-004", Xlsx.text(row, sheet, "指摘番号"));
		assertEquals("前年度の指摘", Xlsx.text(row, sheet, "指摘内容"));
		assertEquals("回答受領", Xlsx.text(row, sheet, "状況"));
	}
}
