package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.workspace.Workspace;

/**
 * {@code kansa audit import}: the Excel round trip. The sheet is written by the xlsx ReportGenerator service
 * ({@code kansa report}), changed with POI as a person changes it in Excel, and read back through the
 * ResultSheetReader service.
 */
class AuditImportCommandTest extends KansaCli {

	private static final String SHEET = "チェックリスト結果";

	private Path auditJson(String id) {
		return dir.resolve("kansa-workspace/audits/" + id + "/audit.json");
	}

	private Audit load(String id) throws Exception {
		return Workspace.open(dir.resolve("kansa-workspace")).loadAudit(id);
	}

	private void newAudit(String id) throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", id),
				err());
	}

	private Path writeSheet(String id) throws Exception {
		assertEquals(0, kansa("report", id, "--format", "xlsx", "--out", id + ".xlsx"), err());
		return dir.resolve(id + ".xlsx");
	}

	/** Opens the workbook, lets the person change it and saves it over the same file. */
	private static void edit(Path file, Consumer<Sheet> change) throws IOException {
		XSSFWorkbook wb;
		try (InputStream in = Files.newInputStream(file)) {
			wb = new XSSFWorkbook(in);
		}
		try (wb; OutputStream out = Files.newOutputStream(file)) {
			change.accept(wb.getSheet(SHEET));
			wb.write(out);
		}
	}

	private static int column(Sheet sheet, String header) {
		for (Cell c : sheet.getRow(0)) {
			if (header.equals(c.getStringCellValue())) {
				return c.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + header);
	}

	/** Types into the cell of item {@code number} under {@code header}, as Excel stores it (a shared string). */
	private static void type(Sheet sheet, String number, String header, String text) {
		int n = column(sheet, "No.");
		for (Row r : sheet) {
			Cell c = r.getCell(n);
			if (c != null && number.equals(c.getStringCellValue())) {
				Cell target = r.getCell(column(sheet, header));
				target.setBlank();
				target.setCellValue(text);
				return;
			}
		}
		throw new AssertionError("no row " + number);
	}

	private static ItemResult result(Audit a, String itemId) {
		return a.resultsFor(itemId).stream().findFirst().orElse(ItemResult.unassessed(itemId));
	}

	@Test
	void onlyTheCellsChangedInExcelChangeTheAudit() throws Exception {
		newAudit("a1");
		assertEquals(0, kansa("audit", "set", "a1", "A.5.1", "--verdict", "適合", "--notes", "方針 第3版を確認。"), err());
		assertEquals(0, kansa("audit", "set", "a1", "A.8.8", "--verdict", "観察事項", "--notes", "パッチ適用の記録が一部ない"),
				err());
		Path file = writeSheet("a1");
		Audit before = load("a1");

		edit(file, s -> {
			type(s, "A.5.1", "判定", "軽微な不適合");
			type(s, "A.8.8", "所見", "パッチ適用の記録が一部ない。\n2026年9月分 WSUS ログで確認");
			type(s, "A.5.15", "判定", "適合");
			type(s, "A.5.15", "所見", "アクセス制御方針  第2版 ");
		});
		String json = Files.readString(auditJson("a1"));

		// preview: what would change, nothing written
		assertEquals(0, kansa("audit", "import", "a1", "a1.xlsx"), err());
		assertTrue(out().contains("3 change(s)"), out());
		assertTrue(out().contains("A.5.1  適合 → 軽微な不適合"), out());
		assertTrue(out().contains("A.8.8  観察事項  所見を変更 / notes changed"), out());
		assertTrue(out().contains("A.5.15  未評価 → 適合  所見を変更"), out());
		assertTrue(out().contains("--apply"), out());
		assertEquals(json, Files.readString(auditJson("a1")));

		assertEquals(0, kansa("audit", "import", "a1", "a1.xlsx", "--apply"), err());
		assertTrue(out().contains("saved 3 change(s)"), out());
		Audit after = load("a1");
		assertEquals(Verdict.MINOR_NONCONFORMITY, after.verdictOf("A.5.1"));
		assertEquals("方針 第3版を確認。", result(after, "A.5.1").notes());
		assertEquals(Verdict.OBSERVATION, after.verdictOf("A.8.8"));
		assertEquals("パッチ適用の記録が一部ない。\n2026年9月分 WSUS ログで確認", result(after, "A.8.8").notes());
		assertEquals(Verdict.CONFORMING, after.verdictOf("A.5.15"));
		assertEquals("アクセス制御方針  第2版 ", result(after, "A.5.15").notes());
		Map<String, Verdict> was = before.standingVerdicts();
		Map<String, Verdict> is = after.standingVerdicts();
		before.checklist().items().map(i -> i.id()).filter(id -> !id.equals("A.5.1") && !id.equals("A.5.15"))
				.forEach(id -> assertEquals(was.get(id), is.get(id), id));
		before.checklist().items().map(i -> i.id()).filter(id -> !id.equals("A.8.8") && !id.equals("A.5.15"))
				.forEach(id -> assertEquals(result(before, id).notes(), result(after, id).notes(), id));

		// the same sheet again: everything in it is now recorded
		assertEquals(0, kansa("audit", "import", "a1", "a1.xlsx", "--apply"), err());
		assertTrue(out().contains(" 0 change(s)"), out());
	}

	@Test
	void anUntouchedCellNeverRevertsWhatWasRecordedSince() throws Exception {
		newAudit("a1");
		Path file = writeSheet("a1");
		assertEquals(0, kansa("audit", "set", "a1", "A.5.2", "--verdict", "適合"), err());
		edit(file, s -> type(s, "A.5.3", "判定", "改善の機会"));
		assertEquals(0, kansa("audit", "import", "a1", "a1.xlsx", "--apply"), err());
		Audit after = load("a1");
		assertEquals(Verdict.CONFORMING, after.verdictOf("A.5.2"));
		assertEquals(Verdict.OPPORTUNITY_FOR_IMPROVEMENT, after.verdictOf("A.5.3"));
	}

	@Test
	void aSheetOfAnotherAuditIsRefusedNamingBoth() throws Exception {
		newAudit("a1");
		newAudit("a2");
		Path file = writeSheet("a1");
		edit(file, s -> type(s, "A.5.1", "判定", "適合"));
		String json = Files.readString(auditJson("a2"));
		assertEquals(1, kansa("audit", "import", "a2", "a1.xlsx", "--apply"));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().contains("a1.xlsx") && err().contains("audit a1 (checklist iso27001-2022@1.0), not of audit a2"),
				err());
		assertTrue(err().contains("監査 a1"), err());
		assertEquals(json, Files.readString(auditJson("a2")));

		// the same audit id in another workspace, on another checklist
		assertEquals(0, kansa("audit", "new", "--workspace", "other", "--checklist", "pmark-jisq15001-2017", "--client",
				"株式会社テスト", "--id", "a1"), err());
		assertEquals(1, kansa("audit", "import", "--workspace", "other", "a1", "a1.xlsx", "--apply"));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().contains("(checklist iso27001-2022@1.0), not of audit a1 (pmark-jisq15001-2017@"), err());
	}

	@Test
	void anUnknownVerdictNamesRowAndCellAndWritesNothing() throws Exception {
		newAudit("a1");
		Path file = writeSheet("a1");
		edit(file, s -> {
			type(s, "A.5.1", "判定", "適合");
			type(s, "A.5.2", "判定", "ほぼ適合");
		});
		String json = Files.readString(auditJson("a1"));
		assertEquals(1, kansa("audit", "import", "a1", "a1.xlsx", "--apply"));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().contains("a1.xlsx " + SHEET + "!") && err().contains("ほぼ適合") && err().contains("row "),
				err());
		assertEquals(json, Files.readString(auditJson("a1")));
	}

	@Test
	void aWholeChecklistInOneRunThenRefusedOnceReported() throws Exception {
		newAudit("a1");
		Path file = writeSheet("a1");
		int items = (int) load("a1").checklist().items().count();
		edit(file, s -> {
			int n = column(s, "No.");
			int v = column(s, "判定");
			for (Row r : s) {
				Cell verdict = r.getCell(v);
				if (r.getRowNum() > 0 && verdict != null && "未評価".equals(verdict.getStringCellValue())
						&& !r.getCell(n).getStringCellValue().isEmpty()) {
					verdict.setBlank();
					verdict.setCellValue("適合");
				}
			}
		});
		assertEquals(0, kansa("audit", "import", "a1", "a1.xlsx", "--apply"), err());
		assertTrue(out().contains(items + " change(s)"), out());
		assertEquals(items, load("a1").verdictCounts().getOrDefault(Verdict.CONFORMING, 0));
		assertEquals(0, kansa("audit", "status", "a1", "reported"), err());

		edit(file, s -> type(s, "A.5.1", "判定", "観察事項"));
		String json = Files.readString(auditJson("a1"));
		assertEquals(1, kansa("audit", "import", "a1", "a1.xlsx", "--apply"));
		assertTrue(err().contains("監査 a1 は報告済のため結果を変更できません") && err().contains("in-progress"), err());
		assertFalse(err().contains("\tat "), err());
		assertEquals(json, Files.readString(auditJson("a1")));
	}

	@Test
	void helpSaysThatPreviewIsTheDefault() throws Exception {
		assertEquals(0, kansa("audit", "import", "--help"));
		assertTrue(out().contains("--apply") && out().contains("preview"), out());
		assertEquals(0, kansa("audit", "--help"));
		assertTrue(out().contains("import"), out());
	}
}
