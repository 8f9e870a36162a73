package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kansa.core.audit.Audit;
import kansa.core.report.ReportRequest;

/** User text that looks like a formula must stay inert text in Excel and LibreOffice. */
class FormulaInjectionTest {

	@TempDir
	Path auditDir;

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1)", "=1+1\n二行目",
			"＝SUM(A1:A3)", "=cmd|' /C calc'!A0" })
	void notesComeBackAsQuotePrefixedText(String payload) throws Exception {
		Audit audit = AuditFixture.in(auditDir).notes("j1-1", payload).build();
		try (XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir))) {
			Sheet sheet = wb.getSheet("チェックリスト結果");
			Row row = Xlsx.onlyRowWhere(sheet, "No.", "J.1-1");
			Cell cell = row.getCell(Xlsx.column(sheet, "所見"));
			assertEquals(CellType.STRING, cell.getCellType());
			assertEquals(payload, cell.getStringCellValue());
			assertTrue(cell.getCellStyle().getQuotePrefixed(), "quotePrefix on " + cell.getAddress());
			assertNoFormulaAndEveryRiskyTextQuoted(wb);
		}
	}

	@Test
	void payloadsInEveryKindOfFieldAreInert() throws Exception {
		Audit audit = AuditFixture.in(auditDir).clientName("=HYPERLINK(\"http://x\",\"y\")").scope("+1+1")
				.statementOfF001("-2 件の契約書が未締結").notes("j4-3", "@SUM(A1)").build();
		try (XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir))) {
			assertEquals("=HYPERLINK(\"http://x\",\"y\")", Xlsx.valueOf(wb.getSheet("表紙"), "被監査組織").getStringCellValue());
			Sheet findings = wb.getSheet("指摘事項一覧");
			Row f1 = Xlsx.onlyRowWhere(findings, "指摘番号", "F-001");
			Cell statement = f1.getCell(Xlsx.column(findings, "指摘内容"));
			assertEquals("-2 件の契約書が未締結", statement.getStringCellValue());
			assertTrue(statement.getCellStyle().getQuotePrefixed());
			Sheet actions = wb.getSheet("是正処置要求");
			Row ca1 = Xlsx.onlyRowWhere(actions, "是正処置番号", "CA-001");
			assertTrue(ca1.getCell(Xlsx.column(actions, "指摘内容")).getCellStyle().getQuotePrefixed());
			int quoted = assertNoFormulaAndEveryRiskyTextQuoted(wb);
			// client name, scope, F-001 statement on two sheets, notes on both J.4-3 rows
			assertTrue(quoted >= 6, "quoted cells: " + quoted);
		}
	}

	@Test
	void ordinaryTextIsNotQuotePrefixed() throws Exception {
		Audit audit = AuditFixture.in(auditDir).build();
		try (XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir))) {
			Sheet sheet = wb.getSheet("チェックリスト結果");
			Cell cell = Xlsx.onlyRowWhere(sheet, "No.", "J.1-1").getCell(Xlsx.column(sheet, "所見"));
			assertFalse(cell.getCellStyle().getQuotePrefixed());
			assertEquals(0, assertNoFormulaAndEveryRiskyTextQuoted(wb));
		}
	}

	/**
	 * Walks every cell of every sheet: no formula anywhere, and every text that starts like a formula is quote
	 * prefixed. Returns how many such texts there were.
	 */
	static int assertNoFormulaAndEveryRiskyTextQuoted(XSSFWorkbook wb) {
		int quoted = 0;
		List<String> problems = new ArrayList<>();
		for (Sheet sheet : wb) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					String where = sheet.getSheetName() + "!" + cell.getAddress();
					if (cell.getCellType() == CellType.FORMULA) {
						problems.add(where + " is a formula: " + cell.getCellFormula());
					}
					if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
							&& "=+-@\t\r\n＝＋－＠".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
						quoted++;
						if (!cell.getCellStyle().getQuotePrefixed()) {
							problems.add(where + " starts like a formula but is not quote-prefixed");
						}
					}
				}
			}
		}
		assertEquals(List.of(), problems);
		assertNotEquals(0, wb.getNumberOfSheets());
		return quoted;
	}
}
