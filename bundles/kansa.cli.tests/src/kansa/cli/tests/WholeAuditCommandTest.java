package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.workspace.Workspace;

/**
 * A consultant's own audit from the command line, none of the demo's code: created with last year's audit as
 * 前回監査, every 概要 field set, a few items judged one by one with notes, the rest filled in the evidence sheet
 * (as in Excel on site) and imported in one go, evidence and findings, the life cycle, both reports. The PDF then
 * shows every value given, and no 「—」 in its 監査概要.
 */
class WholeAuditCommandTest extends KansaCli {

	private static final String CLIENT = "株式会社しおさい";
	private static final String SHEET = "チェックリスト結果";

	@Test
	void anAuditFromCreationToBothReports() throws Exception {
		// last year's audit, with a nonconformity whose corrective action is still open
		ok("audit", "new", "--checklist", "iso27001-2022", "--client", CLIENT, "--id", "y2025", "--title",
				"2025年度 内部監査", "--start", "2025-11-20");
		ok("audit", "finding", "y2025", "A.5.19", "--grade", "軽微な不適合", "--statement", "委託先の評価記録がない",
				"--cause", "手順の周知不足", "--request", "評価を年次で行う", "--owner", "総務部", "--due", "2026-03-31");

		ok("audit", "new", "--checklist", "iso27001-2022", "--client", CLIENT, "--previous", "y2025", "--id", "y2026",
				"--title", "2026年度 情報セキュリティ内部監査", "--lead", "山田 太郎", "--site", "本社", "--site", "大阪支店",
				"--start", "2026-11-24", "--end", "2026-11-25");
		Path summary = Files.writeString(dir.resolve("総評.txt"),
				"全体として運用は定着している。\n一方で　アクセス権の見直しに遅れがある。\n");
		ok("audit", "edit", "y2026", "--objective", "情報セキュリティ管理策の運用状況を確かめる", "--scope",
				"本社 情報システム部、大阪支店 営業部", "--criteria", "ISO/IEC 27001:2022", "--criteria",
				"情報セキュリティ基本方針 第4版", "--auditor", "佐藤 花子", "--auditor", "鈴木 一郎", "--auditee",
				"田中 誠,情報システム部,部長", "--auditee", "高橋 由美,総務部,課長", "--summary-file", summary.toString());

		// a few items on the spot, with notes as typed (spaces, a line break, 全角スペース)
		ok("audit", "set", "y2026", "A.5.1", "--verdict", "適合", "--notes", "規程 第3条を確認した。\n承認記録あり　（2026年版）");
		ok("audit", "set", "y2026", "A.7.2", "--verdict", "重大な不適合", "--notes", "入退室記録がない");
		Path photo = Files.writeString(dir.resolve("server-room.txt"), "入退室記録の写し");
		ok("audit", "evidence", "y2026", "A.7.2", photo.toString(), "--kind", "photo", "--caption", "サーバ室の扉");
		ok("audit", "finding", "y2026", "A.7.2", "--grade", "重大な不適合", "--statement", "サーバ室の入退室記録がない",
				"--cause", "記録の手順がない", "--request", "入退室の記録手順を定める", "--owner", "総務部", "--due", "2027-01-31");

		// the rest on the evidence sheet, as filled in Excel on site, imported in one go
		ok("report", "y2026", "--format", "xlsx", "--out", "onsite.xlsx");
		Path sheet = dir.resolve("onsite.xlsx");
		Set<String> numbers = new HashSet<>();
		load("y2026").checklist().items().forEach(i -> numbers.add(i.number().isEmpty() ? i.id() : i.number()));
		int filled = fillUnjudged(sheet, numbers, "適合", "A.8.8", "観察事項");
		assertTrue(filled > 90, filled + " rows filled");
		ok("audit", "import", "y2026", sheet.toString(), "--apply");
		Audit judged = load("y2026");
		for (ChecklistItem item : judged.checklist().items().toList()) {
			assertTrue(judged.verdictOf(item.id()).isAssessed(), item.id() + " judged");
		}
		assertEquals(Verdict.OBSERVATION, judged.verdictOf("A.8.8"));
		assertEquals("規程 第3条を確認した。\n承認記録あり　（2026年版）", judged.resultsFor("A.5.1").get(0).notes(),
				"the import leaves what it did not change");
		ok("audit", "finding", "y2026", "A.8.8", "--grade", "観察事項", "--statement", "パッチ適用の記録が一部ない");

		// life cycle: closing is refused while requests are open; reporting is allowed
		assertEquals(1, kansa("audit", "status", "y2026", "完了"));
		ok("audit", "status", "y2026", "報告済");
		assertEquals(AuditStatus.REPORTED, load("y2026").status());
		assertEquals(1, kansa("audit", "set", "y2026", "A.5.1", "--verdict", "観察事項"), "reported: read-only");

		ok("report", "y2026", "--format", "pdf", "--out", "y2026.pdf");
		ok("report", "y2026", "--format", "xlsx", "--out", "y2026.xlsx");
		String text = pdfText(dir.resolve("y2026.pdf"));
		for (String value : List.of("2026年度 情報セキュリティ内部監査", CLIENT, "大阪支店", "情報セキュリティ管理策の運用状況を確かめる",
				"本社 情報システム部、大阪支店 営業部", "情報セキュリティ基本方針 第4版", "2026年11月24日", "2026年11月25日", "山田 太郎",
				"佐藤 花子", "鈴木 一郎", "田中 誠", "高橋 由美", "アクセス権の見直しに遅れがある", "サーバ室の入退室記録がない",
				"評価を年次で行う", "2025年度 内部監査")) {
			assertTrue(text.contains(value), value + " in the PDF");
		}
		String overview = text.substring(text.indexOf("監査概要", text.indexOf("監査概要") + 1));
		overview = overview.substring(0, Math.min(overview.length(), 600));
		assertFalse(overview.contains("—"), "no 「—」 in 監査概要 where values were given:\n" + overview);
		assertTrue(Files.size(dir.resolve("y2026.xlsx")) > 0);
	}

	private void ok(String... args) throws Exception {
		assertEquals(0, kansa(args), String.join(" ", args) + "\n" + err());
	}

	private Audit load(String id) throws Exception {
		return Workspace.open(dir.resolve("kansa-workspace")).loadAudit(id);
	}

	/** Types a verdict into every item row whose verdict cell is still 未評価, one row getting another verdict. */
	private static int fillUnjudged(Path file, Set<String> items, String verdict, String specialItem,
			String specialVerdict) throws Exception {
		XSSFWorkbook wb;
		try (InputStream in = Files.newInputStream(file)) {
			wb = new XSSFWorkbook(in);
		}
		int filled = 0;
		try (wb; OutputStream out = Files.newOutputStream(file)) {
			Sheet s = wb.getSheet(SHEET);
			int no = column(s, "No.");
			int judged = column(s, "判定");
			for (Row r : s) {
				Cell id = r.getCell(no);
				Cell v = r.getCell(judged);
				if (r.getRowNum() == 0 || id == null || v == null || !items.contains(id.getStringCellValue())) {
					continue;
				}
				String current = v.getStringCellValue();
				if (current.isBlank() || current.equals("未評価")) {
					v.setBlank();
					v.setCellValue(specialItem.equals(id.getStringCellValue()) ? specialVerdict : verdict);
					filled++;
				}
			}
			wb.write(out);
		}
		return filled;
	}

	private static int column(Sheet sheet, String header) {
		for (Cell c : sheet.getRow(0)) {
			if (header.equals(c.getStringCellValue())) {
				return c.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + header);
	}

	private static String pdfText(Path pdf) throws Exception {
		StringBuilder text = new StringBuilder();
		try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
			for (int p = 1; p <= doc.getNumberOfPages(); p++) {
				text.append(PdfTextExtractor.getTextFromPage(doc.getPage(p))).append('\n');
			}
		}
		return text.toString();
	}
}
