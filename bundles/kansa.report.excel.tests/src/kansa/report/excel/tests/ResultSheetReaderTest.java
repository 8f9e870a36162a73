package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.core.report.ReportRequest;
import kansa.core.report.ResultSheet;
import kansa.core.report.ResultSheetException;
import kansa.core.text.Language;
import kansa.report.excel.internal.ExcelResultSheetReader;

/** Reading back the checklist sheet that the generator wrote, after a person changed it in Excel. */
class ResultSheetReaderTest {

	@TempDir
	Path auditDir;

	private final ExcelResultSheetReader reader = new ExcelResultSheetReader();

	private Path written(Locale locale) throws Exception {
		Audit audit = AuditFixture.in(auditDir).build();
		Path file = auditDir.resolve("sheet-" + locale.getLanguage() + ".xlsx");
		Files.write(file, Xlsx.bytes(new kansa.report.excel.internal.ExcelReportGenerator(),
				new ReportRequest(audit, auditDir, locale, Map.of())));
		return file;
	}

	/** Opens the file with POI, lets the edit change it and saves it, as Excel would. */
	private static void edit(Path file, Consumer<XSSFWorkbook> change) throws IOException {
		XSSFWorkbook wb;
		try (InputStream in = Files.newInputStream(file)) {
			wb = new XSSFWorkbook(in);
		}
		try (wb; OutputStream out = Files.newOutputStream(file)) {
			change.accept(wb);
			wb.write(out);
		}
	}

	private static Row row(Sheet sheet, String number, String site) {
		int n = Xlsx.column(sheet, "No.");
		int s = Xlsx.column(sheet, sheet.getWorkbook().getSheetIndex("Checklist results") >= 0 ? "Site" : "拠点");
		for (Row r : sheet) {
			if (number.equals(Xlsx.text(r, n)) && site.equals(Xlsx.text(r, s))) {
				return r;
			}
		}
		throw new AssertionError("no row " + number + " " + site);
	}

	private static ResultSheet.Row result(ResultSheet sheet, String itemId, String site) {
		return sheet.rows().stream().filter(r -> r.itemId().equals(itemId) && r.site().equals(site)).findFirst()
				.orElseThrow(() -> new AssertionError("no result " + itemId + " " + site));
	}

	@Test
	void aSheetAsWrittenNamesItsAuditAndChangesNothing() throws Exception {
		ResultSheet sheet = reader.read(written(Locale.JAPANESE));
		assertEquals("2026-internal", sheet.auditId());
		assertEquals("pmark-internal-2024@1.0", sheet.checklistReference());
		// one row per result, j4-3 twice (two sites), j4-4 as 未評価
		assertEquals(12, sheet.rows().size());
		assertTrue(sheet.rows().stream().noneMatch(r -> r.verdictEdited() || r.notesEdited()), sheet.rows().toString());
		assertEquals(Verdict.MINOR_NONCONFORMITY, result(sheet, "j4-3", "大阪営業所").verdict());
		assertEquals(Verdict.NOT_ASSESSED, result(sheet, "j4-4", "").verdict());
		assertEquals("台帳に取得経路・利用目的・保管場所が記載されている。", result(sheet, "j3-1-1", "").notes());
	}

	@Test
	void editedVerdictsAndNotesAreFlaggedAndOnlyThose() throws Exception {
		Path file = written(Locale.JAPANESE);
		edit(file, wb -> {
			Sheet s = wb.getSheet("チェックリスト結果");
			int verdict = Xlsx.column(s, "判定");
			int notes = Xlsx.column(s, "所見");
			type(row(s, "J.4-4", "").getCell(verdict), "適合");
			type(row(s, "J.4-4", "").getCell(notes), "受付記録 12 件を確認。\n手順書 第2版");
			type(row(s, "J.4-3", "大阪営業所").getCell(verdict), "観察事項");
			type(row(s, "J.1-2", "").getCell(notes), "掲載を確認。 ");
		});
		ResultSheet sheet = reader.read(file);
		ResultSheet.Row j44 = result(sheet, "j4-4", "");
		assertEquals(Verdict.CONFORMING, j44.verdict());
		assertEquals("受付記録 12 件を確認。\n手順書 第2版", j44.notes());
		assertTrue(j44.verdictEdited() && j44.notesEdited());
		ResultSheet.Row osaka = result(sheet, "j4-3", "大阪営業所");
		assertEquals(Verdict.OBSERVATION, osaka.verdict());
		assertTrue(osaka.verdictEdited() && !osaka.notesEdited());
		ResultSheet.Row j12 = result(sheet, "j1-2", "");
		assertTrue(!j12.verdictEdited() && j12.notesEdited());
		assertEquals("掲載を確認。 ", j12.notes());
		assertEquals(3, sheet.rows().stream().filter(r -> r.verdictEdited() || r.notesEdited()).count());
		assertFalse(result(sheet, "j4-3", "本社").verdictEdited());
	}

	@Test
	void englishLabelsAreRead() throws Exception {
		Path file = written(Locale.ENGLISH);
		edit(file, wb -> {
			Sheet s = wb.getSheet("Checklist results");
			type(row(s, "J.4-4", "").getCell(Xlsx.column(s, "Verdict")), "Opportunity for improvement");
		});
		ResultSheet sheet = reader.read(file);
		assertEquals(Verdict.OPPORTUNITY_FOR_IMPROVEMENT, result(sheet, "j4-4", "").verdict());
		assertTrue(result(sheet, "j4-4", "").verdictEdited());
	}

	@Test
	void rowsSortedInExcelStillFindTheirItems() throws Exception {
		Path file = written(Locale.JAPANESE);
		edit(file, wb -> {
			Sheet s = wb.getSheet("チェックリスト結果");
			swap(row(s, "J.1-1", ""), row(s, "J.4-5", ""));
			type(row(s, "J.4-5", "").getCell(Xlsx.column(s, "判定")), "適合");
		});
		ResultSheet sheet = reader.read(file);
		assertEquals(Verdict.CONFORMING, result(sheet, "j4-5", "").verdict());
		assertTrue(result(sheet, "j4-5", "").verdictEdited());
		assertFalse(result(sheet, "j1-1", "").verdictEdited());
		assertEquals(12, sheet.rows().size());
	}

	/** What sorting does: the rows' contents change places. */
	private static void swap(Row a, Row b) {
		for (int c = 0; c < Math.max(a.getLastCellNum(), b.getLastCellNum()); c++) {
			String x = Xlsx.text(a, c);
			String y = Xlsx.text(b, c);
			type(cell(a, c), y);
			type(cell(b, c), x);
		}
	}

	/**
	 * Types a value as Excel stores it: a shared string. (POI's setCellValue on the generator's inline-string cells
	 * would change a value that POI itself never reads back.)
	 */
	private static void type(Cell cell, String text) {
		cell.setBlank();
		cell.setCellValue(text);
	}

	private static Cell cell(Row row, int c) {
		return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
	}

	@Test
	void anUnknownVerdictNamesTheRowAndCell() throws Exception {
		Path file = written(Locale.JAPANESE);
		int[] at = new int[2];
		edit(file, wb -> {
			Sheet s = wb.getSheet("チェックリスト結果");
			Row r = row(s, "J.3-3", "");
			at[0] = r.getRowNum();
			at[1] = Xlsx.column(s, "判定");
			type(r.getCell(at[1]), "たぶん適合");
		});
		ResultSheetException e = assertThrows(ResultSheetException.class, () -> reader.read(file));
		String cell = new org.apache.poi.ss.util.CellReference(at[0], at[1]).formatAsString();
		assertTrue(e.getMessage().startsWith(file.getFileName() + " チェックリスト結果!" + cell + ": "), e.getMessage());
		assertTrue(e.getMessage().contains("たぶん適合") && e.getMessage().contains("row " + (at[0] + 1)),
				e.getMessage());
		assertEquals(1, e.getMessage().lines().count());
		// shown in one language, the choices as the drop-down of that language offers them
		String where = file.getFileName() + " チェックリスト結果!" + cell + ": ";
		assertEquals("sheet.unknownVerdict", e.message().key());
		assertEquals(where + (at[0] + 1) + " 行目の判定「たぶん適合」は選択肢にありません（適合, 軽微な不適合, 重大な不適合, 観察事項, 改善の機会,"
				+ " 該当なし, 未評価）", e.message().render(Language.JA));
		assertEquals(where + "row " + (at[0] + 1) + ": verdict 'たぶん適合' is not one of the choices (Conforming, Minor"
				+ " nonconformity, Major nonconformity, Observation, Opportunity for improvement, Not applicable, Not"
				+ " assessed)", e.message().render(Language.EN));
	}

	@Test
	void aMovedColumnIsRefusedRatherThanMisread() throws Exception {
		Path file = written(Locale.JAPANESE);
		edit(file, wb -> {
			Sheet s = wb.getSheet("チェックリスト結果");
			int verdict = Xlsx.column(s, "判定");
			type(s.getRow(0).getCell(verdict), "所見");
			type(s.getRow(0).getCell(verdict + 1), "判定");
		});
		ResultSheetException e = assertThrows(ResultSheetException.class, () -> reader.read(file));
		assertTrue(e.getMessage().contains("判定") && e.getMessage().contains("moved"), e.getMessage());
	}

	@Test
	void aWorkbookNotWrittenByKansaIsRefused() throws Exception {
		Path file = auditDir.resolve("other.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			wb.createSheet("チェックリスト結果").createRow(0).createCell(0).setCellValue("No.");
			wb.write(out);
		}
		ResultSheetException e = assertThrows(ResultSheetException.class, () -> reader.read(file));
		assertTrue(e.getMessage().contains("other.xlsx") && e.getMessage().contains("not an evidence sheet written by"
				+ " Kansa"), e.getMessage());

		Path text = Files.writeString(auditDir.resolve("notes.xlsx"), "not a workbook");
		e = assertThrows(ResultSheetException.class, () -> reader.read(text));
		assertTrue(e.getMessage().startsWith("notes.xlsx: "), e.getMessage());
	}

	/** A zip whose shared strings part is that many MB of zeros. */
	private Path zeros(String name, int megabytes) throws IOException {
		Path file = auditDir.resolve(name);
		byte[] zeros = new byte[1 << 20];
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
		}
		return file;
	}

	@Test
	void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
		Path file = zeros("bomb.xlsx", 20); // packed to a few KB: far denser than POI allows
		assertTrue(Files.size(file) < 5 << 20);
		ResultSheetException e = assertThrows(ResultSheetException.class, () -> reader.read(file));
		assertTrue(e.getMessage().contains("zip bomb") && e.getMessage().contains("xl/sharedStrings.xml"),
				e.getMessage());
	}

	@Test
	void aZipDirectoryThatUnderstatesSizesIsCaughtByWhatReallyUnpacks() throws Exception {
		Path file = zeros("lying.xlsx", 120);
		byte[] bytes = Files.readAllBytes(file);
		ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int lied = 0;
		for (int i = 0; i + 46 < bytes.length; i++) {
			if (b.getInt(i) == 0x02014b50 && b.getInt(i + 24) == 120 << 20) {
				b.putInt(i + 24, 1000); // the central directory now claims 1,000 bytes unpacked
				lied++;
			}
		}
		assertEquals(1, lied);
		Files.write(file, bytes);
		ResultSheetException e = assertThrows(ResultSheetException.class, () -> reader.read(file));
		assertTrue(e.getMessage().contains("zip bomb") && e.getMessage().contains("xl/sharedStrings.xml"),
				e.getMessage());
	}

	@Test
	void theIdentitySheetIsHiddenAndListsEveryResultRow() throws Exception {
		try (XSSFWorkbook wb = Xlsx.open(Files.readAllBytes(written(Locale.JAPANESE)))) {
			int index = wb.getSheetIndex("kansa");
			assertTrue(index >= 0);
			assertTrue(wb.isSheetVeryHidden(index));
			assertFalse(Xlsx.sheetNames(wb).contains("kansa"));
			// after the key rows: one line per result row of the checklist sheet
			assertEquals(12, wb.getSheet("kansa").getLastRowNum() - 7);
		}
	}
}
