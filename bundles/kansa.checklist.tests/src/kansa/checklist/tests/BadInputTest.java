package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.checklist.Problem;
import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.ImportResult;

/** Hostile and broken files: each gives one clear message naming where, and the file is left as it was. */
class BadInputTest {

	@TempDir
	Path dir;

	private final ExcelImporter importer = new ExcelImporter();

	private record Snapshot(String sha, FileTime modified) {
	}

	private static Snapshot snapshot(Path file) throws Exception {
		return new Snapshot(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
				Files.getLastModifiedTime(file));
	}

	/** Imports, expects a refusal, and checks the file was not touched. */
	private ImportException refused(Path file) throws Exception {
		Snapshot before = snapshot(file);
		ImportException e = assertThrows(ImportException.class, () -> importer.read(file, null));
		assertEquals(before, snapshot(file), "the file is unchanged");
		assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
		return e;
	}

	/** A two-row checklist as an .xlsx, for tests that break it. */
	static byte[] simpleWorkbook() throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet s = wb.createSheet("Sheet1");
			Sheets.row(s, 0, "No.", "確認項目", "確認方法");
			Sheets.row(s, 1, "1", "方針はありますか。", "閲覧する。");
			wb.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void anEncryptedWorkbookIsRefusedWithAPasswordHint() throws Exception {
		Path file = dir.resolve("暗号化.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			enc.confirmPassword("secret");
			try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(simpleWorkbook()));
					OutputStream os = enc.getDataStream(fs)) {
				opc.save(os);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		assertTrue(refused(file).getMessage().contains("パスワードで保護（暗号化）"));
	}

	@Test
	void corruptFilesAreNamedAsSuch() throws Exception {
		Path random = dir.resolve("random.xlsx");
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);
		Files.write(random, noise);
		assertTrue(refused(random).getMessage().contains("Excel ファイル（.xlsx / .xls）ではありません"));

		Path truncated = dir.resolve("truncated.xlsx");
		byte[] whole = simpleWorkbook();
		Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
		assertTrue(refused(truncated).getMessage().contains("壊れている"), "truncated zip");

		Path empty = dir.resolve("empty.xlsx");
		Files.write(empty, new byte[0]);
		assertTrue(refused(empty).getMessage().contains("空のファイル"));
	}

	@Test
	void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
		Path file = dir.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] spaces = new byte[1 << 20];
			Arrays.fill(spaces, (byte) ' ');
			for (int k = 0; k < 60; k++) {
				zip.write(spaces); // 60 MB of blanks packs into a few dozen KB
			}
		}
		ImportException e = refused(file);
		assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
		assertTrue(e.getMessage().contains("sheet1.xml"), e.getMessage());
	}

	@Test
	void aSheetOf200000RowsStopsAtTheRowLimitNamingTheRow() throws Exception {
		Path file = dir.resolve("huge.xlsx");
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet s = wb.createSheet("Sheet1");
			Row h = s.createRow(0);
			h.createCell(0).setCellValue("No.");
			h.createCell(1).setCellValue("確認項目");
			for (int r = 1; r <= 200_000; r++) {
				Row row = s.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue("確認していますか " + r);
			}
			wb.write(out);
		}
		Runtime rt = Runtime.getRuntime();
		ImportException e = refused(file);
		// the 10,001st non-empty row is Excel row 10001: reading stopped there, it never held 200,000 rows
		assertTrue(e.getMessage().contains("Sheet1!A10001"), e.getMessage());
		assertTrue(e.getMessage().contains("10,000 行"), e.getMessage());
		assertTrue(rt.totalMemory() - rt.freeMemory() < rt.maxMemory(), "still running inside the heap");
	}

	@Test
	void formulasAreReadAsTheirCachedValuesAndReported() throws Exception {
		Path file = dir.resolve("formulas.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet s = wb.createSheet("Sheet1");
			Sheets.row(s, 0, "No.", "確認項目", "確認方法");
			Sheets.row(s, 1, "1", null, "閲覧する。");
			s.getRow(1).createCell(1).setCellFormula("\"方針は\"&\"ありますか。\"");
			Sheets.row(s, 2, "2", "手順はありますか。");
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel stores the result on save
			s.getRow(2).createCell(2).setCellFormula("B2&B3"); // never calculated: no cached value
			Sheets.save(wb, file);
		}
		var before = snapshot(file);
		ImportResult r = importer.read(file, null);
		assertEquals(before, snapshot(file));
		assertEquals("方針はありますか。", r.checklist().item("1").orElseThrow().questions().get(0).ja());
		assertEquals("", r.checklist().item("2").orElseThrow().howToCheck().ja());
		List<Problem> p = r.problems();
		assertTrue(p.stream().anyMatch(x -> x.where().equals("Sheet1!B2") && x.message().contains("計算済みの値を読み込みました")),
				p.toString());
		assertTrue(p.stream().anyMatch(x -> x.where().equals("Sheet1!C3") && x.message().contains("計算済みの値がない")),
				p.toString());
	}

	@Test
	void aSheetWithoutARecognisableHeaderSaysHowToMapIt() throws Exception {
		Path file = dir.resolve("noheader.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet s = wb.createSheet("メモ");
			Sheets.row(s, 0, "今日の買い物", "牛乳");
			Sheets.row(s, 1, "明日", "パン");
			Sheets.save(wb, file);
		}
		ImportException e = refused(file);
		assertTrue(e.getMessage().contains("メモ: 見出し行が見つかりません"), e.getMessage());
		assertTrue(e.getMessage().contains("--mapping"), e.getMessage());
	}

	@Test
	void aMissingSheetListsTheSheets() throws Exception {
		Path file = dir.resolve("sheets.xlsx");
		Files.write(file, simpleWorkbook());
		ImportException e = assertThrows(ImportException.class,
				() -> importer.read(file, kansa.checklist.excel.ImportOptions.defaults().withSheet("ない")));
		assertTrue(e.getMessage().contains("Sheet1"), e.getMessage());
	}
}
