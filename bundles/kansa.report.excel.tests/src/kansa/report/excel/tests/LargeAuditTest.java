package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.report.ReportRequest;
import kansa.report.excel.internal.ExcelReportGenerator;
import kansa.testing.Audits;

/**
 * 10,000 items: streamed, with the drop-down and the filter still covering every row. How long it takes is the
 * benchmark's to say ({@code ./kansa bench report}), not a test's.
 */
class LargeAuditTest {

	@Test
	void tenThousandItems() throws Exception {
		Audit audit = Audits.large(10_000);
		byte[] xlsx = Xlsx.bytes(new ExcelReportGenerator(), new ReportRequest(audit, null));
		try (XSSFWorkbook wb = Xlsx.open(xlsx)) {
			XSSFSheet sheet = wb.getSheet("チェックリスト結果");
			// 100 section headings + 10,000 items, under the header
			assertEquals(10_100, sheet.getLastRowNum());
			assertEquals("確認項目 10000", Xlsx.text(sheet.getRow(10_100), sheet, "確認項目"));
			assertEquals(1, sheet.getDataValidations().size());
			assertEquals(10_100, sheet.getDataValidations().get(0).getRegions().getCellRangeAddress(0).getLastRow());
			assertEquals(1_000, wb.getSheet("是正処置要求").getLastRowNum());
			assertEquals(10_000,
					(int) wb.getSheet("集計").getRow(101).getCell(8).getNumericCellValue(), "total row of the summary");
		}
	}
}
