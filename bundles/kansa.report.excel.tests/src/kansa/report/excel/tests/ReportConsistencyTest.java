package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CarriedAction;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceCheck;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.core.report.ReportRequest;

/** What the client sees: the ドラフト mark, no internal ids, file names shown whole. */
class ReportConsistencyTest {

	@TempDir
	Path auditDir;

	private Audit audit;

	@BeforeEach
	void build() throws Exception {
		audit = AuditFixture.in(auditDir).build(); // j4-4 has no result
	}

	@Test
	void anAuditWithUnassessedItemsIsMarkedDraftOnEverySheetAndTheCover() throws Exception {
		XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir));
		for (Sheet sheet : wb) {
			assertTrue(sheet.getHeader().getCenter().contains("ドラフト"), sheet.getSheetName() + ": "
					+ sheet.getHeader().getCenter());
		}
		String cover = draftCell(wb);
		assertTrue(cover.startsWith("ドラフト") && cover.contains("未評価の項目が 1 件"), cover);
	}

	@Test
	void aFullyJudgedAuditIsDraftOnlyWhenAskedFor() throws Exception {
		Audit judged = audit;
		for (ChecklistItem item : audit.checklist().items().toList()) {
			if (audit.resultsFor(item.id()).isEmpty()) {
				judged = judged.withResult(new ItemResult(item.id(), "", Verdict.CONFORMING, "", "", null, List.of(),
						List.of()));
			}
		}
		XSSFWorkbook fin = Xlsx.generate(new ReportRequest(judged, auditDir));
		for (Sheet sheet : fin) {
			assertFalse(sheet.getHeader().getCenter().contains("ドラフト"), sheet.getSheetName());
		}
		assertEquals("", draftCell(fin));

		XSSFWorkbook asked = Xlsx.generate(new ReportRequest(judged, auditDir, Locale.ENGLISH, Map.of()).withDraft(true));
		for (Sheet sheet : asked) {
			assertTrue(sheet.getHeader().getCenter().contains("DRAFT"), sheet.getSheetName());
		}
		assertEquals("DRAFT (not the final version)", draftCell(asked));
	}

	/** The line under the cover's subtitle, empty when there is none. */
	private static String draftCell(XSSFWorkbook wb) {
		Row row = wb.getSheetAt(0).getRow(2);
		Cell cell = row == null ? null : row.getCell(0);
		return cell == null ? "" : cell.getStringCellValue();
	}

	@Test
	void noInternalIdsOnAnySheet() throws Exception {
		Audit before = new Audit("2025-internal", "2025年度 内部監査", audit.client(), audit.scope(), audit.objective(),
				audit.criteria(), LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 9), audit.leadAuditor(), audit.team(),
				audit.auditees(), AuditStatus.CLOSED, "", audit.checklist(), List.of(), "");
		Audit now = audit.withCarriedOver(List.of(
				carried("2025-internal", "F-004", "CA-104"), carried("2024-internal", "F-009", "CA-109")));
		XSSFWorkbook wb = Xlsx.generate(new ReportRequest(now, auditDir).withPreviousAudit(before));
		for (String text : allText(wb)) {
			for (String id : List.of("2026-internal", "2025-internal", "2024-internal", "pmark-internal-2024")) {
				assertFalse(text.contains(id), id + " in: " + text);
			}
		}
		Sheet cover = wb.getSheet("表紙");
		assertEquals("2025年度 内部監査（2025/10/07〜2025/10/09）", Xlsx.valueOf(cover, "前回監査").getStringCellValue());
		assertTrue(Xlsx.valueOf(cover, "チェックリスト").getStringCellValue().endsWith("版: 1.0"));
		Sheet actions = wb.getSheet("是正処置要求");
		assertEquals("前回 F-004", Xlsx.text(Xlsx.onlyRowWhere(actions, "是正処置番号", "CA-104"), actions, "指摘番号"));
		assertEquals("過去の監査 F-009", Xlsx.text(Xlsx.onlyRowWhere(actions, "是正処置番号", "CA-109"), actions, "指摘番号"));
	}

	private CarriedAction carried(String from, String finding, String action) {
		return new CarriedAction(from, finding, audit.checklist().items().findFirst().orElseThrow().id(), "前年度の指摘",
				new CorrectiveAction(action, "手順を改訂する", "総務部", LocalDate.of(2026, 3, 31),
						CorrectiveActionStatus.RESPONSE_RECEIVED, "改訂済み"));
	}

	/** What the client can see: every visible sheet (the very hidden one that names the audit for import is not). */
	private static List<String> allText(XSSFWorkbook wb) {
		List<String> all = new ArrayList<>();
		for (Sheet sheet : wb) {
			if (wb.getSheetVisibility(wb.getSheetIndex(sheet)) != SheetVisibility.VISIBLE) {
				continue;
			}
			all.add(sheet.getSheetName());
			all.add(sheet.getHeader().getLeft() + sheet.getHeader().getCenter() + sheet.getHeader().getRight());
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						all.add(cell.getStringCellValue());
					}
				}
			}
		}
		return all;
	}

	@Test
	void theFileColumnShowsTheLongestNameWhole() throws Exception {
		String longName = "evidence/2026年度_個人情報保護マネジメントシステム_内部監査_委託先管理台帳_最終確認版.xlsx";
		Evidence e = new Evidence(longName, "0".repeat(64), 10, EvidenceKind.DOCUMENT, "委託先管理台帳", "台帳.xlsx",
				LocalDate.of(2026, 10, 7));
		String itemId = audit.checklist().items().findFirst().orElseThrow().id();
		ItemResult r = audit.resultsFor(itemId).get(0);
		Audit withLong = audit.withResult(new ItemResult(r.itemId(), r.site(), r.verdict(), r.notes(), r.interviewee(),
				r.recordedAt(), append(r.evidence(), e), r.findings()));
		Sheet sheet = Xlsx.generate(new ReportRequest(withLong, auditDir)).getSheet("証跡ファイル一覧");
		int column = Xlsx.column(sheet, "ファイル");
		int width = sheet.getColumnWidth(column) / 256;
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			String name = row.getCell(column).getStringCellValue();
			// a linked cell is one line in LibreOffice: the column must hold the whole name
			assertTrue(width >= displayWidth(name) + 1, name + " (" + displayWidth(name) + ") in a column of " + width);
		}
	}

	@Test
	void aLongFileNameInTheChecklistSheetIsPlainWrappedText() throws Exception {
		String name = "2026年度_個人情報保護マネジメントシステム_委託先管理台帳_最終確認版.xlsx";
		Path file = auditDir.resolve("evidence/" + name);
		Files.writeString(file, "台帳");
		Evidence e = new Evidence("evidence/" + name, EvidenceCheck.sha256(file), Files.size(file),
				EvidenceKind.DOCUMENT, "委託先管理台帳", name, LocalDate.of(2026, 10, 7));
		// j4-4 has no result in the fixture: now it has this one file, intact
		Audit withLong = audit.withResult(new ItemResult("j4-4", "", Verdict.CONFORMING, "台帳を確認した。", "", null,
				List.of(e), List.of()));
		Sheet sheet = Xlsx.generate(new ReportRequest(withLong, auditDir)).getSheet("チェックリスト結果");
		Row row = Xlsx.onlyRowWhere(sheet, "所見", "台帳を確認した。");
		Cell cell = row.getCell(Xlsx.column(sheet, "証跡"));
		assertEquals(name, cell.getStringCellValue());
		assertNull(cell.getHyperlink(), "LibreOffice would draw a linked cell on one line and cut the name");
		assertTrue(cell.getCellStyle().getWrapText());
		assertTrue(row.getHeightInPoints() > 20, "room for the wrapped name: " + row.getHeightInPoints());
	}

	private static List<Evidence> append(List<Evidence> list, Evidence e) {
		List<Evidence> all = new ArrayList<>(list);
		all.add(e);
		return all;
	}

	/** Column units the text needs: two for a full-width character, one for others. */
	private static int displayWidth(String s) {
		return s.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
	}
}
