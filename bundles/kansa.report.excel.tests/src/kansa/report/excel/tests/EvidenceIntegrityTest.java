package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Audit;
import kansa.core.report.ReportRequest;

/** The evidence sheet re-hashes every file: a changed byte or a deleted file must show. */
class EvidenceIntegrityTest {

	@TempDir
	Path auditDir;

	private Audit audit;

	@BeforeEach
	void fixture() throws Exception {
		audit = AuditFixture.in(auditDir).build();
	}

	@Test
	void untouchedFilesAreIntact() throws Exception {
		try (XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir))) {
			Sheet sheet = wb.getSheet("証跡ファイル一覧");
			assertEquals(List.of("No.", "ファイル", "種別", "説明", "確認項目", "拠点", "取得日", "SHA-256", "バイト数", "状態", "写真"),
					Xlsx.headers(sheet));
			assertEquals(8, sheet.getLastRowNum(), "eight files, one row each");
			int status = Xlsx.column(sheet, "状態");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				assertEquals("一致", Xlsx.text(sheet.getRow(r), status), "row " + r);
			}
			Row policy = Xlsx.onlyRowWhere(sheet, "ファイル", AuditFixture.POLICY_PDF);
			assertEquals(audit.evidence().get(0).evidence().sha256(), Xlsx.text(policy, sheet, "SHA-256"));
			assertEquals(Files.size(auditDir.resolve(AuditFixture.POLICY_PDF)),
					(long) policy.getCell(Xlsx.column(sheet, "バイト数")).getNumericCellValue());
			assertEquals("文書", Xlsx.text(policy, sheet, "種別"));
			assertEquals("J.1-1 内部向け個人情報保護方針の策定", Xlsx.text(policy, sheet, "確認項目"));
		}
	}

	@Test
	void oneChangedByteIsSuspectedTampering() throws Exception {
		Path file = auditDir.resolve(AuditFixture.REGISTER_XLSX);
		byte[] bytes = Files.readAllBytes(file);
		bytes[3] ^= 0x01;
		Files.write(file, bytes);
		try (XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir))) {
			Sheet sheet = wb.getSheet("証跡ファイル一覧");
			assertEquals("改ざんの疑い", Xlsx.text(Xlsx.onlyRowWhere(sheet, "ファイル", AuditFixture.REGISTER_XLSX), sheet, "状態"));
			assertEquals("一致", Xlsx.text(Xlsx.onlyRowWhere(sheet, "ファイル", AuditFixture.POLICY_PDF), sheet, "状態"));
			Sheet checklist = wb.getSheet("チェックリスト結果");
			Row j311 = Xlsx.onlyRowWhere(checklist, "No.", "J.3.1-1");
			assertEquals("個人情報管理台帳_2026.xlsx（改ざんの疑い）", Xlsx.text(j311, checklist, "証跡"));
			assertNull(j311.getCell(Xlsx.column(checklist, "証跡")).getHyperlink(), "a suspect file is not offered as a link");
			assertEquals(1, (int) Xlsx.valueOf(wb.getSheet("集計"), "改ざんの疑い").getNumericCellValue());
		}
	}

	@Test
	void deletedFileIsMissingAndNotLinked() throws Exception {
		Files.delete(auditDir.resolve(AuditFixture.TRAINING_PDF));
		try (XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir))) {
			Sheet sheet = wb.getSheet("証跡ファイル一覧");
			Row row = Xlsx.onlyRowWhere(sheet, "ファイル", AuditFixture.TRAINING_PDF);
			assertEquals("欠落", Xlsx.text(row, sheet, "状態"));
			assertNull(row.getCell(Xlsx.column(sheet, "ファイル")).getHyperlink());
			assertEquals("一致", Xlsx.text(Xlsx.onlyRowWhere(sheet, "ファイル", AuditFixture.POLICY_PDF), sheet, "状態"));
			Sheet checklist = wb.getSheet("チェックリスト結果");
			assertEquals("教育受講記録.pdf（欠落）", Xlsx.text(Xlsx.onlyRowWhere(checklist, "No.", "J.4-2"), checklist, "証跡"));
			assertEquals(1, (int) Xlsx.valueOf(wb.getSheet("集計"), "欠落").getNumericCellValue());
			assertEquals(7, (int) Xlsx.valueOf(wb.getSheet("集計"), "一致").getNumericCellValue());
		}
	}

	@Test
	void withoutTheAuditFolderNothingIsChecked() throws Exception {
		try (XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, null))) {
			Sheet sheet = wb.getSheet("証跡ファイル一覧");
			int status = Xlsx.column(sheet, "状態");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				assertEquals("未確認", Xlsx.text(sheet.getRow(r), status));
			}
		}
	}

	@Test
	void fileCellsLinkToTheRelativeEvidencePath() throws Exception {
		try (XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir))) {
			Sheet sheet = wb.getSheet("証跡ファイル一覧");
			Cell csv = Xlsx.onlyRowWhere(sheet, "ファイル", AuditFixture.ENTRY_LOG_CSV).getCell(1);
			assertNotNull(csv.getHyperlink());
			assertEquals(HyperlinkType.FILE, csv.getHyperlink().getType());
			assertEquals("evidence/入退室記録%202026-10.csv", csv.getHyperlink().getAddress());

			Sheet checklist = wb.getSheet("チェックリスト結果");
			Cell single = Xlsx.onlyRowWhere(checklist, "No.", "J.1-1").getCell(Xlsx.column(checklist, "証跡"));
			assertEquals(HyperlinkType.FILE, single.getHyperlink().getType());
			assertEquals(AuditFixture.POLICY_PDF, single.getHyperlink().getAddress());

			// several files: one name per line and no link (each is linked on the evidence sheet)
			Cell two = Xlsx.onlyRowWhere(checklist, "No.", "J.4-1").getCell(Xlsx.column(checklist, "証跡"));
			assertNull(two.getHyperlink());
			assertTrue(two.getCellStyle().getWrapText());
			assertEquals(AuditFixture.CONTRACTORS_PDF,
					Xlsx.onlyRowWhere(sheet, "ファイル", AuditFixture.CONTRACTORS_PDF).getCell(1).getHyperlink().getAddress());
		}
	}
}
