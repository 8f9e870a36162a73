package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import kansa.core.audit.Audit;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.testing.Audits;
import kansa.workspace.Workspace;

/** `kansa report` with the firm's template, the previous audit, and an audit whose id is any word. */
class ReportCommandTest extends KansaCli {

	@BeforeEach
	void audits() throws Exception {
		for (String id : new String[] { "y2025", "y2026" }) {
			assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", id),
					err());
		}
	}

	@Test
	void templateGivenOnTheCommandLineIsApplied() throws Exception {
		Path firm = Files.createDirectories(dir.resolve("firm"));
		Files.writeString(firm.resolve("report.json"), "{\"firmName\": \"テスト監査法人\"}");
		assertEquals(0, kansa("report", "y2026", "--format", "pdf", "--template", "firm", "--out", "r.pdf"), err());
		assertTrue(text(dir.resolve("r.pdf")).contains("テスト監査法人"));
	}

	@Test
	void workspaceTemplateIsTheDefault() throws Exception {
		Path firm = Files.createDirectories(dir.resolve("kansa-workspace/template"));
		Files.writeString(firm.resolve("report.json"), "{\"footerText\": \"既定の脚注テキスト\"}");
		assertEquals(0, kansa("report", "y2026", "--format", "pdf", "--out", "r.pdf"), err());
		assertTrue(text(dir.resolve("r.pdf")).contains("既定の脚注テキスト"));
	}

	@Test
	void badTemplateIsOneClearLine() throws Exception {
		Path firm = Files.createDirectories(dir.resolve("firm"));
		Files.writeString(firm.resolve("report.json"), "{\"accentColour\": \"red\"}");
		assertEquals(1, kansa("report", "y2026", "--format", "pdf", "--template", "firm", "--out", "r.pdf"));
		assertTrue(err().contains("report.json") && err().contains("accentColour"), err());
		assertFalse(Files.exists(dir.resolve("r.pdf")), "no half-written report");
		assertEquals(1, kansa("report", "y2026", "--format", "pdf", "--template", "nowhere"));
		assertTrue(err().contains("--template nowhere: no such folder"), err());
	}

	@Test
	void previousAuditInTheWorkspaceIsCompared() throws Exception {
		Workspace ws = Workspace.open(dir.resolve("kansa-workspace"));
		ws.saveAudit(withPrevious(ws.loadAudit("y2026"), "y2025"));
		assertEquals(0, kansa("report", "y2026", "--format", "pdf", "--out", "r.pdf"), err());
		assertTrue(text(dir.resolve("r.pdf")).contains("前回監査からの変化"));

		ws.saveAudit(withPrevious(ws.loadAudit("y2026"), "y2024"));
		assertEquals(0, kansa("report", "y2026", "--format", "pdf", "--out", "r.pdf"), err());
		assertTrue(err().contains("y2024"), "a missing previous audit is mentioned: " + err());
		assertFalse(text(dir.resolve("r.pdf")).contains("前回監査からの変化"));
	}

	@Test
	void aCharacterNoFontHasIsOneWarningLineAndTheReportIsWritten() throws Exception {
		assertEquals(0, kansa("report", "y2026", "--format", "pdf", "--out", "r.pdf"), err());
		assertFalse(err().contains("warning"), "no warning for a normal audit: " + err());

		Workspace ws = Workspace.open(dir.resolve("kansa-workspace"));
		Audit a = ws.loadAudit("y2026");
		ChecklistItem item = a.checklist().items().findFirst().orElseThrow();
		ws.saveAudit(a.withResult(new ItemResult(item.id(), "", Verdict.CONFORMING, "確認済み 😀", "", null,
				List.of(), List.of())));
		assertEquals(0, kansa("report", "y2026", "--format", "pdf", "--out", "r.pdf"), err());
		List<String> warnings = err().lines().filter(l -> l.contains("warning")).toList();
		assertEquals(1, warnings.size(), err());
		assertTrue(warnings.get(0).contains("項目 " + item.number() + ": U+1F600 😀 はどの埋め込みフォントにもない")
				&& warnings.get(0).contains("item " + item.number() + ": U+1F600 😀 is in no embedded font"),
				warnings.get(0));
		assertTrue(text(dir.resolve("r.pdf")).contains("確認済み 〓") || text(dir.resolve("r.pdf")).contains("確認済み〓"));
	}

	@Test
	void unassessedItemsMakeADraftAndSaySo() throws Exception {
		assertEquals(0, kansa("report", "y2026", "--format", "pdf", "--out", "r.pdf"), err());
		assertTrue(err().contains("未評価の項目が") && err().contains("marked as a draft"), err());
		assertEquals(1, err().lines().filter(l -> l.contains("draft")).count(), "one line: " + err());
		assertTrue(text(dir.resolve("r.pdf")).contains("ドラフト"));

		Workspace ws = Workspace.open(dir.resolve("kansa-workspace"));
		Audit a = ws.loadAudit("y2026");
		for (ChecklistItem item : a.checklist().items().toList()) {
			a = a.withResult(new ItemResult(item.id(), "", Verdict.CONFORMING, "", "", null, List.of(), List.of()));
		}
		ws.saveAudit(a);
		assertEquals(0, kansa("report", "y2026", "--format", "pdf", "--out", "r.pdf"), err());
		assertFalse(err().contains("draft"), err());
		assertFalse(text(dir.resolve("r.pdf")).contains("ドラフト"), "every item judged: a final report");

		assertEquals(0, kansa("report", "y2026", "--format", "pdf", "--out", "r.pdf", "--draft"), err());
		assertTrue(text(dir.resolve("r.pdf")).contains("ドラフト"), "--draft asks for the mark");
		assertFalse(err().contains("未評価"), err());
	}

	@Test
	void anAuditNamedBenchIsReported() throws Exception {
		// the benchmark once owned `kansa report bench`; it is now a developers' bundle outside the product
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社ベンチ", "--id", "bench"),
				err());
		assertEquals(0, kansa("report", "bench", "--format", "pdf"), err());
		assertTrue(text(dir.resolve("bench.pdf")).contains("株式会社ベンチ"));
		assertEquals(1, kansa("bench"), "no benchmark command in the product");
		assertTrue(err().contains("unknown command 'bench'"), err());
	}

	private static Audit withPrevious(Audit a, String previous) {
		return Audits.copy(a, a.id(), previous);
	}

	private static String text(Path pdf) throws Exception {
		StringBuilder text = new StringBuilder();
		try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
			for (int p = 1; p <= doc.getNumberOfPages(); p++) {
				text.append(PdfTextExtractor.getTextFromPage(doc.getPage(p)));
			}
		}
		return text.toString().replaceAll("\\s+", "");
	}
}
