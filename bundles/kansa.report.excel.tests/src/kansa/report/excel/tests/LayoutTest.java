package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.report.ReportRequest;

/** What makes the sheet usable and printable: drop-downs, colours, frozen header, filter, page set-up. */
class LayoutTest {

	@TempDir
	Path auditDir;

	private XSSFWorkbook wb;
	private XSSFSheet checklist;

	@BeforeEach
	void generate() throws Exception {
		wb = Xlsx.generate(new ReportRequest(AuditFixture.in(auditDir).build(), auditDir));
		checklist = wb.getSheet("チェックリスト結果");
	}

	@Test
	void verdictColumnIsADropDownOfTheVerdictLabels() {
		List<? extends DataValidation> validations = checklist.getDataValidations();
		assertEquals(1, validations.size());
		DataValidation v = validations.get(0);
		assertArrayEquals(new String[] { "適合", "軽微な不適合", "重大な不適合", "観察事項", "改善の機会", "該当なし", "未評価" },
				v.getValidationConstraint().getExplicitListValues());
		CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
		int col = Xlsx.column(checklist, "判定");
		assertEquals(col, range.getFirstColumn());
		assertEquals(col, range.getLastColumn());
		assertEquals(1, range.getFirstRow());
		assertEquals(checklist.getLastRowNum(), range.getLastRow());
		assertTrue(v.getShowErrorBox());
	}

	@Test
	void verdictFillsFollowTheValue() {
		var formatting = checklist.getSheetConditionalFormatting();
		assertEquals(6, formatting.getNumConditionalFormattings(), "one rule per verdict except 未評価");
		var first = formatting.getConditionalFormattingAt(0);
		assertEquals("\"適合\"", first.getRule(0).getFormula1());
		assertEquals(Xlsx.column(checklist, "判定"), first.getFormattingRanges()[0].getFirstColumn());
	}

	@Test
	void correctiveActionStatusIsADropDown() {
		XSSFSheet actions = wb.getSheet("是正処置要求");
		assertArrayEquals(new String[] { "未回答", "回答受領", "有効性確認済", "完了" },
				actions.getDataValidations().get(0).getValidationConstraint().getExplicitListValues());
	}

	@Test
	void tablesHaveFrozenHeaderAutofilterAndPrintTitles() {
		for (String name : List.of("チェックリスト結果", "指摘事項一覧", "是正処置要求", "証跡ファイル一覧")) {
			XSSFSheet sheet = wb.getSheet(name);
			assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), name);
			assertEquals(new CellRangeAddress(0, 0, -1, -1), sheet.getRepeatingRows(), name);
			int index = wb.getSheetIndex(sheet);
			XSSFName filter = wb.getAllNames().stream()
					.filter(n -> n.getNameName().equals("_xlnm._FilterDatabase") && n.getSheetIndex() == index)
					.findFirst().orElseThrow(() -> new AssertionError("no autofilter on " + name));
			assertTrue(filter.getRefersToFormula().endsWith("$" + (sheet.getLastRowNum() + 1)), filter.getRefersToFormula());
		}
	}

	@Test
	void printsOnA4LandscapeOnePageWideWithPageNumbers() {
		for (Sheet sheet : Xlsx.visibleSheets(wb)) {
			PrintSetup print = sheet.getPrintSetup();
			assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), sheet.getSheetName());
			assertTrue(sheet.getFitToPage(), sheet.getSheetName());
			assertEquals(1, print.getFitWidth(), sheet.getSheetName());
			assertEquals(0, print.getFitHeight(), sheet.getSheetName());
			assertEquals(!sheet.getSheetName().equals("表紙"), print.getLandscape(), sheet.getSheetName());
			assertTrue(sheet.getFooter().getCenter().contains("&P"), sheet.getSheetName());
			assertEquals("2026年度 個人情報保護マネジメントシステム 内部監査", sheet.getHeader().getLeft());
		}
	}

	@Test
	void longTextWrapsAndColumnsHaveWidths() {
		int notes = Xlsx.column(checklist, "所見");
		assertTrue(checklist.getRow(2).getCell(notes).getCellStyle().getWrapText());
		assertTrue(checklist.getColumnWidth(notes) >= 40 * 256);
		assertTrue(checklist.getColumnWidth(0) < checklist.getColumnWidth(notes));
	}
}
