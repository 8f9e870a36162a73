package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportException;
import kansa.core.audit.Audit;
import kansa.core.checklist.Checklist;
import kansa.core.json.KansaDataException;
import kansa.core.json.KansaJson;
import kansa.incidents.extract.ArticleExtractor;

/**
 * Seeded fuzzing of the readers of user files with mutated real files: the .xlsx the export writes (its parts
 * mutated and re-zipped, or its bytes), an .xls, the audit and checklist JSON the commands write, and the
 * held-out incident notices. Every input either reads or fails with the reader's documented exception
 * (ImportException, KansaDataException; the article extractor always answers); no other exception and no Error.
 * A failing input is kept under target/fuzz-failures with its case number.
 */
class FuzzTest extends KansaCli {

	private static final long SEED = 14;
	private static final int XLSX_CASES = 100;
	private static final int XLS_CASES = 40;
	private static final int JSON_CASES = 1000;
	private static final int ARTICLE_CASES = 100;

	private static final List<String> XML_TOKENS = List.of("<!DOCTYPE x [<!ENTITY e \"ee\">]>", "<!--", "-->",
			"]]>", "<![CDATA[", "&amp;", "&#0;", "&#x1F600;", "&e;", " r=\"XFD1048576\"", " r=\"A0\"", " r=\"-1\"",
			" r=\"\"", " outlineLevel=\"99999\"", " t=\"s\"", " t=\"inlineStr\"", "<v>999999999</v>", "<v>-1</v>",
			"<v>1e400</v>", "<v>NaN</v>", "<f>A1</f>", " s=\"9999\"", "<mergeCell ref=\"A1:XFD1048576\"/>",
			"<mergeCell ref=\"B2:A1\"/>", "<row r=\"1048577\">", "<row r=\"0\">", "<c r=\"A1\" t=\"s\"><v>0</v></c>",
			"<is><t>x</t></is>", "<rPh><t>ふりがな</t></rPh>", "</sheetData>", "<sheetData>", "<si><t>",
			"xmlns=\"\"", "=\"=HYPERLINK()\"", "\u0000", "\uFFFE", "\uD800");
	private static final List<String> JSON_TOKENS = List.of("null", "-1", "0", "1e999", "12345678901234567890",
			"\"\"", "\"\\u0000\"", "[]", "{}", "true", "\"schemaVersion\": 2,", "\"schemaVersion\": \"1\",",
			"[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":", "\"\\ud800\"", "\"../../etc/passwd\"", "\"CON\"", "\"9999-99-99\"",
			"\"2026-02-30\"", "\"x\": 1,", ",,", "\"\u202e\"", "\"\u001b[2J\"", "1.5", "\"IN_PROGRESS\"", "\"CLOSED\"");
	private static final List<String> TEXT_TOKENS = List.of("<html>", "</p>", "<script>", "&nbsp;", "&#12345;",
			"１２３，４５６件", "99999999999999999999件", "令和元年13月45日", "２０２６年２月３０日", "株式会社", "（株）",
			"個人情報", "\u0000", "\u001b", "\uD800", "\r\n", "。", "https://", "http://[", "不正アクセス",
			"約", "万", "億", "兆", "名", "件", "人分", "<a href=\"", "\"><", "\t");

	@Test
	void xlsxAndXlsImportsFailOnlyWithImportException() throws Exception {
		assertEquals(0, kansa("checklist", "export", "iso27001-2022", "--out", "real.xlsx"), err());
		byte[] xlsx = Files.readAllBytes(dir.resolve("real.xlsx"));
		Map<String, byte[]> parts = unzip(xlsx);
		Mutator m = new Mutator(SEED, XML_TOKENS);
		List<String> failures = new ArrayList<>();
		ExcelImporter importer = new ExcelImporter();
		Path file = dir.resolve("case.xlsx");
		for (int k = 0; k < XLSX_CASES; k++) {
			byte[] input = m.random().nextInt(5) == 0 ? m.mutate(xlsx, 4 << 20) : rezip(parts, m);
			Files.write(file, input);
			check("xlsx", k, input, failures, () -> importer.read(file, null));
		}
		byte[] xls = xls();
		Path old = dir.resolve("case.xls");
		for (int k = 0; k < XLS_CASES; k++) {
			byte[] input = m.mutate(xls, 1 << 20);
			Files.write(old, input);
			check("xls", k, input, failures, () -> importer.read(old, null));
		}
		assertEquals(List.of(), failures);
		assertBothOutcomes("xlsx", "xls");
	}

	@Test
	void jsonDocumentsFailOnlyWithKansaDataException() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "f1"));
		assertEquals(0, kansa("audit", "set", "f1", "A.5.1", "--verdict", "適合", "--notes", "方針は承認済み"));
		assertEquals(0, kansa("audit", "finding", "f1", "A.5.18", "--grade", "軽微な不適合", "--statement", "退職者のアカウント",
				"--request", "削除する", "--owner", "情報システム部", "--due", "2026-12-31"));
		byte[] audit = Files.readAllBytes(dir.resolve("kansa-workspace/audits/f1/audit.json"));
		byte[] checklist = KansaJson.write(KansaJson.read(audit, Audit.class, "audit.json").checklist());
		Mutator m = new Mutator(SEED, JSON_TOKENS);
		List<String> failures = new ArrayList<>();
		for (int k = 0; k < JSON_CASES; k++) {
			byte[] a = m.mutate(audit, 4 << 20);
			check("audit-json", k, a, failures, () -> KansaJson.read(a, Audit.class, "audit.json"));
			byte[] c = m.mutate(checklist, 4 << 20);
			check("checklist-json", k, c, failures, () -> KansaJson.read(c, Checklist.class, "checklist.json"));
		}
		assertEquals(List.of(), failures);
		assertBothOutcomes("audit-json", "checklist-json");
	}

	@Test
	void theArticleExtractorAnswersEveryText() throws Exception {
		List<byte[]> articles = new ArrayList<>();
		try (Stream<Path> files = Files.list(corpus())) {
			files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> {
				try {
					articles.add(Files.readAllBytes(p));
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
		}
		assertFalse(articles.isEmpty(), "the held-out corpus is there");
		Mutator m = new Mutator(SEED, TEXT_TOKENS);
		List<String> failures = new ArrayList<>();
		ArticleExtractor extractor = new ArticleExtractor();
		for (int k = 0; k < ARTICLE_CASES; k++) {
			byte[] text = m.mutate(articles.get(k % articles.size()), 1 << 20);
			check("article", k, text, failures, () -> extractor.extract(new String(text, StandardCharsets.UTF_8)));
		}
		assertEquals(List.of(), failures);
		assertEquals(ARTICLE_CASES, outcomes.get("article")[0], "a draft for every text");
	}

	private interface Read {
		void run() throws Exception;
	}

	/** Inputs read and inputs refused, per kind: both must occur, or the mutations miss the reader. */
	private final Map<String, int[]> outcomes = new LinkedHashMap<>();

	private void check(String kind, int k, byte[] input, List<String> failures, Read read) throws IOException {
		int[] counts = outcomes.computeIfAbsent(kind, x -> new int[2]);
		try {
			read.run();
			counts[0]++;
		} catch (ImportException | KansaDataException expected) {
			assertFalse(expected.getMessage().isBlank(), kind + " " + k + ": a message");
			counts[1]++;
		} catch (Exception | Error e) {
			Path kept = Path.of("target", "fuzz-failures", kind + "-" + k + ".bin");
			Files.createDirectories(kept.getParent());
			Files.write(kept, input);
			StackTraceElement[] at = e.getStackTrace();
			failures.add(kind + " case " + k + " (seed " + SEED + "): " + e + (at.length > 0 ? " at " + at[0] : "")
					+ ", input kept in " + kept.toAbsolutePath());
		}
	}

	private void assertBothOutcomes(String... kinds) {
		for (String kind : kinds) {
			int[] c = outcomes.get(kind);
			assertTrue(c[0] > 0 && c[1] > 0, kind + ": " + c[0] + " read, " + c[1] + " refused");
		}
	}

	/** The real .xlsx with one part mutated (or a part dropped), zipped again. */
	private static byte[] rezip(Map<String, byte[]> parts, Mutator m) throws IOException {
		List<String> names = new ArrayList<>(parts.keySet());
		String target = m.random().nextInt(3) == 0 ? names.get(m.random().nextInt(names.size()))
				: List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml")
						.get(m.random().nextInt(4));
		boolean drop = m.random().nextInt(20) == 0;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> p : parts.entrySet()) {
				if (p.getKey().equals(target) && drop) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(p.getKey()));
				zip.write(p.getKey().equals(target) ? m.mutate(p.getValue(), 8 << 20) : p.getValue());
			}
		}
		return out.toByteArray();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				parts.put(e.getName(), in.readAllBytes());
			}
		}
		return parts;
	}

	private static byte[] xls() throws IOException {
		try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet s = wb.createSheet("チェックリスト");
			String[][] rows = { { "No.", "確認項目", "確認方法", "規格" }, { "1", "方針はありますか。", "閲覧する。", "A.5.1" },
					{ "2", "委託先を評価していますか。", "評価表を確認する。", "A.5.19" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = s.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	/** The incident extractor's held-out notices, found from the working folder up. */
	private static Path corpus() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			Path c = p.resolve("bundles/kansa.incidents.tests/corpus/heldout");
			if (Files.isDirectory(c)) {
				return c;
			}
			Path sibling = p.resolve("kansa.incidents.tests/corpus/heldout");
			if (Files.isDirectory(sibling)) {
				return sibling;
			}
		}
		throw new IllegalStateException("no corpus/heldout above " + Path.of("").toAbsolutePath());
	}
}
