package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

/** {@code kansa audit edit}: every 概要 field set from the command line reaches the saved audit and the report. */
class AuditEditCommandTest extends KansaCli {

	private String saved() throws Exception {
		return Files.readString(dir.resolve("kansa-workspace/audits/e1/audit.json"));
	}

	@Test
	void everyOverviewFieldIsSavedAndReported() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "e1"));
		Files.writeString(dir.resolve("総評.txt"), "全体として良好。\n一部の手順に改善の余地あり。");
		assertEquals(0, kansa("audit", "edit", "e1", "--title", "2026年度 内部監査", "--client", "株式会社しおさい",
				"--site", "本社", "--site", "大阪支店", "--scope", "本社の情報システム部", "--objective", "ISMSの有効性の確認",
				"--criteria", "JIS Q 27001:2023", "--criteria", "社内規程", "--start", "2026-11-02", "--end",
				"2026-11-03", "--lead", "山田 花子", "--auditor", "佐藤 一郎", "--auditor", "鈴木 次郎", "--auditee",
				"高橋 三郎,情報システム部,部長", "--summary-file", "総評.txt"), err());
		String json = saved();
		for (String value : new String[] { "2026年度 内部監査", "株式会社しおさい", "大阪支店", "本社の情報システム部",
				"ISMSの有効性の確認", "JIS Q 27001:2023", "社内規程", "2026-11-02", "2026-11-03", "山田 花子", "佐藤 一郎",
				"鈴木 次郎", "高橋 三郎", "情報システム部", "部長", "全体として良好。\\n一部の手順" }) {
			assertTrue(json.contains(value), value + " in " + json);
		}

		// a repeatable option replaces its list; fields not given stay as they were
		assertEquals(0, kansa("audit", "edit", "e1", "--auditor", "田中 四郎", "--clear-sites"), err());
		json = saved();
		assertTrue(json.contains("田中 四郎") && !json.contains("佐藤 一郎") && !json.contains("大阪支店"), json);
		assertTrue(json.contains("ISMSの有効性の確認") && json.contains("高橋 三郎"), json);

		assertEquals(0, kansa("report", "e1", "--format", "pdf", "--out", "out/e1.pdf"), err());
		StringBuilder text = new StringBuilder();
		try (PdfDocument pdf = new PdfDocument(new PdfReader(dir.resolve("out/e1.pdf").toFile()))) {
			for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
				text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(p)));
			}
		}
		String pdf = text.toString().replace("\n", "");
		for (String value : new String[] { "株式会社しおさい", "ISMSの有効性の確認", "本社の情報システム部", "山田 花子", "田中 四郎",
				"高橋 三郎", "全体として良好。" }) {
			assertTrue(pdf.contains(value), value + " in the PDF");
		}
	}

	@Test
	void badValuesNameTheOptionAndChangeNothing() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "e1"));
		String before = saved();
		assertEquals(1, kansa("audit", "edit", "e1", "--start", "2026-02-30"));
		assertTrue(err().contains("--start") && err().contains("not a date"), err());
		assertEquals(1, kansa("audit", "edit", "e1", "--client", " "));
		assertTrue(err().contains("--client"), err());
		assertEquals(1, kansa("audit", "edit", "e1", "--auditee", ",総務部,課長"));
		assertTrue(err().contains("--auditee"), err());
		assertEquals(1, kansa("audit", "edit", "e1", "--summary-file", "missing.txt"));
		assertTrue(err().contains("--summary-file") && err().contains("missing.txt"), err());
		assertEquals(1, kansa("audit", "edit", "e1", "--start", "2026-11-03", "--end", "2026-11-02"));
		assertFalse(err().contains("\tat "), err());
		assertEquals(before, saved());
		assertEquals(0, kansa("audit", "edit", "--help"));
		assertTrue(out().contains("--summary-file"), out());
	}
}
