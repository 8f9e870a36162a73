package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

/** Runs `kansa` commands through the DS component, with the real catalogs and generators installed. */
class CommandLineTest extends KansaCli {

	@Test
	void checklistsListsTheBuiltInIsmsCatalog() throws Exception {
		assertEquals(0, kansa("checklists"));
		assertTrue(out().contains("iso27001-2022"), out());
		assertTrue(out().contains(" 123 項目"), out());
	}

	@Test
	void everyCommandHasHelp() throws Exception {
		for (String command : new String[] { "checklists", "audit", "report", "demo" }) {
			assertEquals(0, kansa(command, "--help"), command);
			assertTrue(out().startsWith("kansa " + command), out());
		}
		assertEquals(0, kansa("--help"));
		assertTrue(out().contains("demo"), out());
	}

	@Test
	void mistakesGiveOneLineAndExitCodeOne() throws Exception {
		assertEquals(1, kansa("nonsense"));
		assertEquals(1, kansa("audit", "new", "--client", "株式会社テスト"));
		assertTrue(err().contains("--checklist is required"), err());
		assertEquals(1, kansa("audit", "new", "--checklist", "no-such", "--client", "X", "--workspace", "ws"));
		assertTrue(err().contains("no checklist 'no-such'"), err());
		assertEquals(1, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "X", "--start", "2026-13-01"));
		assertTrue(err().contains("not a date"), err());
		assertEquals(1, kansa("report", "x", "--format", "docx", "--workspace", "nowhere"));
		assertTrue(err().contains("no report generator for format 'docx'"), err());
		assertEquals(1, kansa("audit", "list", "--workspace", "nowhere"));
		assertTrue(err().contains("no Kansa workspace at"), err());
		assertEquals(1, kansa("audit", "list", "--bogus"));
		assertTrue(err().contains("unknown option --bogus"), err());
		assertFalse(err().contains("\tat "), "no stack trace: " + err());
	}

	@Test
	void newAuditIsSavedListedAndReported() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "t1",
				"--start", "2026-11-01", "--end", "2026-11-02"));
		assertTrue(Files.isRegularFile(dir.resolve("kansa-workspace/audits/t1/audit.json")));
		assertEquals(1, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "X", "--id", "t1"));
		assertTrue(err().contains("already exists"), err());
		assertEquals(0, kansa("audit", "list"));
		assertTrue(out().contains("t1") && out().contains("0/123"), out());
		assertEquals(0, kansa("report", "t1", "--format", "xlsx", "--out", "out/t1.xlsx"));
		assertTrue(Files.size(dir.resolve("out/t1.xlsx")) > 0);
		assertEquals(1, kansa("report", "missing", "--format", "pdf"));
		assertTrue(err().contains("no audit 'missing'"), err());
	}

	@Test
	void anAuditIsRecordedReportedFollowedUpAndCompared() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "y1"));
		assertEquals(0, kansa("audit", "set", "y1", "A.5.1", "--verdict", "適合", "--notes", "方針は承認済み"));
		assertEquals(1, kansa("audit", "set", "y1", "A.5.1", "--verdict", "まあまあ"));
		assertTrue(err().contains("unknown verdict"), err());
		Files.writeString(dir.resolve("棚卸し.csv"), "id,status\n1,active\n");
		assertEquals(0, kansa("audit", "evidence", "y1", "A.5.18", "棚卸し.csv", "--caption", "四半期棚卸し"));
		assertEquals(0, kansa("audit", "finding", "y1", "A.5.18", "--grade", "軽微な不適合", "--statement", "退職者のアカウントが残存",
				"--request", "退職日に削除する", "--owner", "情報システム部", "--due", "2026-12-31"));
		assertTrue(out().contains("F-001") && out().contains("CAR-001"), out());
		assertEquals(1, kansa("audit", "status", "y1", "reported"));
		assertTrue(err().contains("未評価"), "reporting is refused while items are unjudged: " + err());
		assertEquals(0, kansa("audit", "show", "y1"));
		assertTrue(out().contains("一致") && out().contains("CAR-001"), out());

		// tamper with the evidence: show flags it and exits 1
		Path copied = dir.resolve("kansa-workspace/audits/y1/evidence/棚卸し.csv");
		Files.writeString(copied, "id,status\n1,deleted\n");
		assertEquals(1, kansa("audit", "show", "y1"));
		assertTrue(out().contains("改ざんの疑い"), out());

		// next year: the open request is carried over and closed there
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "y2",
				"--previous", "y1"));
		assertTrue(out().contains("1 件の是正処置要求"), out());
		assertEquals(1, kansa("audit", "action", "y2", "CAR-001", "--status", "closed"));
		assertEquals(0, kansa("audit", "action", "y2", "CAR-001", "--status", "回答受領", "--response", "手順を改訂"));
		assertEquals(0, kansa("audit", "set", "y2", "A.5.18", "--verdict", "conforming"));
		assertEquals(0, kansa("audit", "set", "y2", "A.5.1", "--verdict", "observation"));
		assertEquals(0, kansa("audit", "compare", "y1", "y2"));
		assertTrue(out().contains("A.5.18") && out().contains("改善"), out());
		// 悪化 only for a move into a nonconformity: 適合 to 観察事項 is a change
		String a51 = out().lines().filter(l -> l.startsWith("A.5.1 ")).findFirst().orElse("");
		assertTrue(a51.contains("変更") && !a51.contains("悪化"), out());
	}

	@Test
	void demoWritesAWorkbookAndAPdfOfTheSampleAudit() throws Exception {
		assertEquals(0, kansa("demo"), err());
		Path reports = dir.resolve("kansa-demo/reports");
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(reports.resolve("demo-2026-isms.xlsx")))) {
			assertTrue(wb.getNumberOfSheets() >= 2);
		}
		try (PdfDocument pdf = new PdfDocument(new PdfReader(reports.resolve("demo-2026-isms.pdf").toFile()))) {
			StringBuilder text = new StringBuilder();
			for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
				text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(p)));
			}
			assertTrue(text.toString().contains("株式会社みなと精機"));
			assertTrue(text.toString().contains("アクセス権"));
		}
		// a second run keeps the audit and only rewrites the reports
		assertEquals(0, kansa("demo"), err());
		assertTrue(out().contains("reusing"), out());
	}
}
