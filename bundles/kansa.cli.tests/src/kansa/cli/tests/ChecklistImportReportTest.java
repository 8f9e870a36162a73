package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** `kansa checklist import --dry-run`: the sheet chosen, every row accounted for, every warning reachable. */
class ChecklistImportReportTest extends KansaCli {

	/** A cover sheet, then 60 checks without 確認方法 and a dropdown list below the table, on sheet 2. */
	private Path workbook() throws Exception {
		Path file = dir.resolve("checks.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
			Sheet cover = wb.createSheet("表紙");
			cover.createRow(0).createCell(0).setCellValue("セキュリティ点検");
			Sheet s = wb.createSheet("点検");
			cells(s.createRow(0), "No.", "確認項目", "結果");
			for (int k = 1; k <= 60; k++) {
				cells(s.createRow(k), Integer.toString(k), "点検 " + k + " をしていますか。");
			}
			for (int k = 0; k < 3; k++) {
				cells(s.createRow(65 + k), null, null, new String[] { "Pass", "Fail", "N/A" }[k]);
			}
			wb.write(os);
		}
		return file;
	}

	private static void cells(Row r, String... values) {
		for (int k = 0; k < values.length; k++) {
			if (values[k] != null) {
				r.createCell(k).setCellValue(values[k]);
			}
		}
	}

	@Test
	void dryRunNamesTheSheetAndEveryRowNotImported() throws Exception {
		workbook();
		assertEquals(0, kansa("checklist", "import", "checks.xlsx", "--dry-run"), err());
		String out = out();
		assertTrue(out.contains("シート / sheet: 点検   見出し行 / header row: 1"), out);
		assertTrue(out.contains("60 項目/items, 0 続き/continued, 0 セクション/sections, 0 見出しの繰り返し/repeated headers,"
				+ " 3 読み飛ばし/skipped"), out);
		assertTrue(out.contains("rows not imported: 66, 67, 68 — 表の終わりより下"), out);
		assertTrue(out.contains("0 セクション/sections  60 項目/items") || out.contains("1 セクション/sections  60 項目/items"),
				out);
	}

	@Test
	void warningsAreGroupedByKindAndAllCanBeSeen() throws Exception {
		workbook();
		assertEquals(0, kansa("checklist", "import", "checks.xlsx", "--dry-run"), err());
		String grouped = out();
		assertTrue(grouped.contains("(60) 警告/warning: 確認方法がありません"), grouped);
		assertTrue(grouped.contains("… ほか 50 箇所 / 50 more (--warnings all, --warnings-out FILE)"), grouped);
		assertFalse(grouped.contains("60, "), "only ten places by default: " + grouped);

		assertEquals(0, kansa("checklist", "import", "checks.xlsx", "--dry-run", "--warnings", "all"), err());
		String all = out();
		for (int k = 1; k <= 60; k++) {
			assertTrue(all.contains(" " + k + ",") || all.endsWith(" " + k) || all.contains(" " + k + "\n"),
					"item " + k + " is listed: " + all);
		}
		assertFalse(all.contains("more (--warnings all"), all);

		assertEquals(0, kansa("checklist", "import", "checks.xlsx", "--dry-run", "--warnings-out", "w.txt"), err());
		String written = Files.readString(dir.resolve("w.txt"), StandardCharsets.UTF_8);
		assertEquals(60, written.lines().filter(l -> l.contains("確認方法がありません")).count(), written);
		assertTrue(written.lines().anyMatch(l -> l.startsWith("点検!66行目: 情報/info: 表の終わりより下")), written);

		assertEquals(1, kansa("checklist", "import", "checks.xlsx", "--dry-run", "--warnings-out", "w.txt"));
		assertTrue(err().contains("上書きしません"), err());
		assertEquals(written, Files.readString(dir.resolve("w.txt"), StandardCharsets.UTF_8), "never overwritten");
	}
}
