package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;

import kansa.core.audit.Audit;
import kansa.core.report.ReportRequest;
import kansa.report.pdf.internal.PdfReportGenerator;

/** Contents page, evidence check, overdue requests and the vector-only chart. */
class ReportStructureTest {

	private static final Pattern CONTENTS_LINE = Pattern.compile("(.+?)(\\d+)");

	@Test
	void contentsPageNumbersPointAtTheChapters() throws Exception {
		byte[] pdf = Pdfs.generate(new AuditFixture().extraItems(60).build());
		List<String> pages = Pdfs.pageTexts(pdf);
		String[] lines = pages.get(1).split("\n");
		List<String> checked = new ArrayList<>();
		for (String line : lines) {
			String l = Pdfs.squeeze(line);
			Matcher m = CONTENTS_LINE.matcher(l);
			if (!m.matches() || l.contains("/") || l.equals("目次")) {
				continue; // running head and foot, title
			}
			String title = m.group(1);
			int page = Integer.parseInt(m.group(2));
			assertTrue(page > 2 && page <= pages.size(), line);
			assertTrue(Pdfs.squeeze(pages.get(page - 1)).contains(title), title + " is not on page " + page);
			assertFalse(Pdfs.squeeze(pages.get(page - 2)).contains(title) && page - 1 > 2,
					title + " already on page " + (page - 1));
			checked.add(title);
		}
		assertEquals(7, checked.size(), "six chapters and the appendix: " + checked);
	}

	@Test
	void evidenceIsRehashedAgainstTheAuditFolder(@TempDir Path folder) throws Exception {
		Audit audit = new AuditFixture().evidenceIn(folder).build();
		ReportRequest request = new ReportRequest(audit, folder, Locale.JAPANESE,
				Map.of(PdfReportGenerator.OPTION_REPORT_DATE, Pdfs.REPORT_DATE));
		String text = Pdfs.flatText(Pdfs.generate(new PdfReportGenerator(), request, new NullProgressMonitor()));
		String appendix = text.substring(text.lastIndexOf("付録"));
		assertTrue(appendix.contains("evidence/個人情報管理台帳_2026.xlsx"), appendix);
		assertTrue(appendix.contains("一致"), "intact file: " + appendix);
		assertTrue(appendix.contains("改ざんの疑い"), "altered file: " + appendix);
		assertTrue(appendix.contains("欠落"), "missing file: " + appendix);
		String sha = audit.evidence().get(0).evidence().sha256();
		assertTrue(appendix.contains(sha.substring(0, 32)) && appendix.contains(sha.substring(32)), "hash shown");
	}

	@Test
	void evidenceWithoutFolderIsMarkedUnchecked() throws Exception {
		String text = Pdfs.flatText(Pdfs.generate(new AuditFixture().build()));
		String appendix = text.substring(text.lastIndexOf("付録"));
		assertTrue(appendix.contains("未確認"), appendix);
		assertFalse(appendix.contains("改ざんの疑い"), appendix);
	}

	@Test
	void openRequestsPastTheirDueDateAreFlagged() throws Exception {
		Audit audit = new AuditFixture().build();
		ReportRequest late = new ReportRequest(audit, null, Locale.JAPANESE,
				Map.of(PdfReportGenerator.OPTION_REPORT_DATE, "2026-07-01"));
		String text = Pdfs.flatText(Pdfs.generate(new PdfReportGenerator(), late, new NullProgressMonitor()));
		// CA-001 (open, due 30 June) and CA-002 (response received, due 31 May); CA-003 is verified
		assertEquals(2, count(text, "期限超過"), text);
		assertEquals(0, count(Pdfs.flatText(Pdfs.generate(audit)), "期限超過"));
	}

	@Test
	void chartsAreVectorGraphicsNotImages() throws Exception {
		try (PdfDocument doc = Pdfs.open(Pdfs.generate(new AuditFixture().build()))) {
			for (int i = 1; i <= doc.getNumberOfPages(); i++) {
				PdfDictionary xobjects = doc.getPage(i).getResources().getPdfObject().getAsDictionary(PdfName.XObject);
				if (xobjects != null) {
					for (PdfName key : xobjects.keySet()) {
						PdfStream x = xobjects.getAsStream(key);
						assertFalse(PdfName.Image.equals(x.getAsName(PdfName.Subtype)), "image on page " + i);
					}
				}
			}
		}
	}

	private static int count(String text, String word) {
		int n = 0;
		for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
			n++;
		}
		return n;
	}
}
