package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.pdfa.PdfADocument;

import kansa.core.audit.Audit;
import kansa.report.pdf.internal.FontFiles;

/**
 * PDF/A-2u: what a PDF/A reader looks for first. iText checks the rules while writing (a breach fails the report);
 * the full check is veraPDF's (scripts/verapdf.sh, see README).
 */
class PdfAConformanceTest {

	@Test
	void declaresPdfA2uInXmpMetadata() throws Exception {
		try (PdfDocument doc = Pdfs.open(Pdfs.generate(new AuditFixture().build()))) {
			PdfStream metadata = doc.getCatalog().getPdfObject().getAsStream(PdfName.Metadata);
			assertNotNull(metadata, "no XMP metadata");
			String xmp = new String(metadata.getBytes(), StandardCharsets.UTF_8);
			assertTrue(Pattern.compile("pdfaid:part(>|=\")2").matcher(xmp).find(), xmp);
			assertTrue(Pattern.compile("pdfaid:conformance(>|=\")U").matcher(xmp).find(), xmp);
			assertTrue(xmp.contains("内部監査報告書"), "title in the XMP: " + xmp);
			assertFalse(doc.getReader().isEncrypted(), "PDF/A forbids encryption");
		}
	}

	@Test
	void hasAnSrgbOutputIntent() throws Exception {
		try (PdfDocument doc = Pdfs.open(Pdfs.generate(new AuditFixture().build()))) {
			PdfArray intents = doc.getCatalog().getPdfObject().getAsArray(PdfName.OutputIntents);
			assertNotNull(intents, "no output intent");
			assertEquals(1, intents.size());
			PdfDictionary intent = intents.getAsDictionary(0);
			assertEquals(PdfName.GTS_PDFA1, intent.getAsName(PdfName.S));
			PdfStream profile = intent.getAsStream(PdfName.DestOutputProfile);
			byte[] icc = profile.getBytes();
			assertEquals("acsp", new String(icc, 36, 4, StandardCharsets.US_ASCII), "not an ICC profile");
			assertEquals("RGB ", new String(icc, 16, 4, StandardCharsets.US_ASCII), "not an RGB profile");
		}
	}

	@Test
	void everyAnnotationIsPrintable() throws Exception {
		try (PdfDocument doc = Pdfs.open(Pdfs.generate(new AuditFixture().build()))) {
			int seen = 0;
			for (int i = 1; i <= doc.getNumberOfPages(); i++) {
				for (PdfAnnotation a : doc.getPage(i).getAnnotations()) {
					assertTrue(a.hasFlag(PdfAnnotation.PRINT), "annotation without the print flag on page " + i);
					seen++;
				}
			}
			assertTrue(seen > 10, "links expected, found " + seen);
		}
	}

	@Test
	void charactersTheFontLacksBecomeGetaMarks() throws Exception {
		Audit a = new AuditFixture().build();
		// an emoji (not in IPAex), a tab, and 葛 with an ideographic variation selector
		Audit odd = new Audit(a.id(), a.title(), a.client(), a.scope(), a.objective(), a.criteria(), a.startDate(),
				a.endDate(), a.leadAuditor(), a.team(), a.auditees(), a.status(),
				"顧客満足\uD83D\uDE42度は高い。\t東京都葛\uDB40\uDD00飾区の倉庫も確認した。", a.checklist(), a.results(),
				a.previousAuditId());
		String text = Pdfs.flatText(Pdfs.generate(odd)); // PDF/A refuses .notdef: this would throw
		assertTrue(text.contains("顧客満足〓度は高い。"), text);
		assertTrue(text.contains("東京都葛飾区"), text);
	}

	@Test
	void withoutTheGetaMarkPdfAWouldRefuseTheReport() throws Exception {
		// proves the test above can fail: the same emoji set directly makes iText's PDF/A check throw
		byte[] icc = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
		PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
				new ByteArrayInputStream(icc));
		PdfFont font = FontFiles.fromBundle().createFonts().gothic();
		RuntimeException e = assertThrows(RuntimeException.class, () -> {
			try (Document doc = new Document(new PdfADocument(new PdfWriter(new ByteArrayOutputStream()),
					PdfAConformance.PDF_A_2U, intent))) {
				doc.add(new Paragraph("顧客満足\uD83D\uDE42度").setFont(font));
			}
		});
		assertTrue(e.getClass().getName().endsWith("PdfAConformanceException"), e.toString());
	}
}
