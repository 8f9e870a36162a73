package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** `kansa checklist …` and `kansa checklists` with the real catalogs, Kansa's and a third party's. */
class ChecklistCommandTest extends KansaCli {

	private Path sheet(String name) throws Exception {
		Path file = dir.resolve(name);
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
			Sheet s = wb.createSheet("委託先");
			String[][] rows = { { "No.", "規格項番", "チェック内容", "確認方法", "証跡", "判定" },
					{ "1. 選定" }, { "1-1", "A.3.4.3.4", "選定基準がありますか。", "基準を閲覧する。", "選定基準", "○" },
					{ "1-2", "A.3.4.3.4", "評価表がありますか。", "評価表を閲覧する。", "委託先評価表" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = s.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 0, 5));
			wb.write(os);
		}
		return file;
	}

	/** Every file under the folder with its hash: to show a failed command changed nothing. */
	private static Map<String, String> tree(Path root) throws Exception {
		Map<String, String> files = new TreeMap<>();
		if (!Files.exists(root)) {
			return files;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(p).toString(), HexFormat.of()
						.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
			}
		}
		return files;
	}

	@Test
	void checklistsListsThePmarkCatalogAndTheThirdPartyBundle() throws Exception {
		assertEquals(0, kansa("checklists"));
		assertTrue(out().contains("pmark-jisq15001-2017"), out());
		assertTrue(out().contains("  43 項目"), out());
		assertTrue(out().contains("example-itaku"), "the example bundle is found as a DS service: " + out());
		assertEquals(0, kansa("checklist", "list"));
		assertTrue(out().contains("iso27001-2022-to-pmark"), out());
		assertEquals(0, kansa("checklist", "--help"));
		assertTrue(out().startsWith("kansa checklist import FILE"), out());
	}

	@Test
	void importExportReimportAsNewVersionAndDiff() throws Exception {
		Path xlsx = sheet("委託先.xlsx");
		assertEquals(0, kansa("checklist", "import", xlsx.toString(), "--id", "itaku", "--standard", "JIS Q 15001:2017"),
				err());
		assertTrue(out().contains("C   「チェック内容」 → 確認項目 (question)"), out());
		assertTrue(out().contains("itaku  v1.0  1 セクション/sections  2 項目/items"), out());
		assertTrue(Files.isRegularFile(dir.resolve("kansa-workspace/checklists/itaku.json")));

		assertEquals(0, kansa("checklist", "export", "itaku", "--out", "out/itaku.xlsx"), err());
		Path exported = dir.resolve("out/itaku.xlsx");
		assertEquals(1, kansa("checklist", "import", exported.toString()));
		assertTrue(err().contains("already exists") && err().contains("--version 1.1"), err());

		try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet s = wb.getSheetAt(0);
			for (Row r : s) {
				if (r.getCell(0) != null && "1-2".equals(r.getCell(0).getStringCellValue())) {
					r.getCell(3).setCellValue("委託先評価表を毎年更新していますか。");
				}
			}
			try (OutputStream os = Files.newOutputStream(dir.resolve("edited.xlsx"))) {
				wb.write(os);
			}
		}
		assertEquals(0, kansa("checklist", "import", "edited.xlsx", "--version", "1.1"), err());
		assertEquals(0, kansa("checklist", "diff", "itaku@1.0", "itaku@1.1"), err());
		assertTrue(out().contains("~ 変更/edited  1-2"), out());
		assertTrue(out().contains("questions[1].ja: 「評価表がありますか。」 → 「委託先評価表を毎年更新していますか。」"), out());
		assertTrue(out().contains("追加 0, 削除 0, 移動 0, 変更 1"), out());
		assertEquals(0, kansa("checklist", "list"));
		assertTrue(out().contains("itaku の版 / versions: 1.0, 1.1"), out());
	}

	@Test
	void badInputExitsOneWithOneLineAndChangesNothing() throws Exception {
		assertEquals(0, kansa("checklist", "derive", "pmark-jisq15001-2017", "--id", "mine", "--title", "自社用"));
		assertTrue(out().contains("derived mine@1.0 from pmark-jisq15001-2017@1.0 (43 項目/items)"), out());
		Path broken = dir.resolve("broken.xlsx");
		Files.write(broken, "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
		Map<String, String> before = tree(dir);
		assertEquals(1, kansa("checklist", "import", "broken.xlsx"));
		assertTrue(err().startsWith("kansa checklist: broken.xlsx: ファイルが壊れている"), err());
		assertEquals(1, err().strip().lines().count(), err());
		assertFalse(err().contains("\tat "));
		assertEquals(1, kansa("checklist", "import", "missing.xlsx"));
		assertTrue(err().contains("ファイルがありません"), err());
		assertEquals(1, kansa("checklist", "import", "broken.xlsx", "--mapping", "A=nonsense"));
		assertTrue(err().contains("nonsense"), err());
		assertEquals(before, tree(dir), "nothing in the folder changed");
	}

	@Test
	void validateReportsProblemsWithExitCodes() throws Exception {
		assertEquals(0, kansa("checklist", "validate", "pmark-jisq15001-2017"));
		assertTrue(out().contains("問題なし / valid"), out());
		Path json = dir.resolve("dup.json");
		Files.writeString(json, """
				{"schemaVersion":1,"id":"dup","version":"1","title":{"ja":"重複"},"sections":[
				 {"id":"s","title":{"ja":"s"},"items":[
				  {"id":"a","title":{"ja":"A"},"questions":[{"ja":"質問"}]},
				  {"id":"a","title":{"ja":"A2"},"questions":[]},
				  {"id":"b","title":{"ja":"B"},"questions":[],"related":[{"checklistId":"","itemId":"zz"}]}]}]}
				""");
		assertEquals(1, kansa("checklist", "validate", "dup.json"));
		assertTrue(out().contains("a: エラー/error: 項目 ID a が 2 回使われています"), out());
		assertEquals(1, kansa("checklist", "validate", "nothing-here"));
		assertTrue(err().contains("no checklist 'nothing-here'"), err());
	}
}
