package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.audit.ItemResult;
import kansa.core.report.ReportResult;
import kansa.core.text.Language;
import kansa.core.text.Message;
import kansa.report.pdf.internal.FontFiles;
import kansa.report.pdf.internal.FontFiles.ReportFonts;
import kansa.report.pdf.internal.PdfReportGenerator;

/** A character no embedded font has is printed as 〓 and named, with where it is, in the report's warnings. */
class MissingGlyphWarningTest {

	private static final int EMOJI = 0x1F600; // 😀
	private static final int PLANE_15_PRIVATE_USE = 0xF0041;

	@Test
	void aCharacterNoEmbeddedFontHasIsNamedWithItsPlace() throws Exception {
		ReportFonts fonts = FontFiles.fromBundle().createFonts();
		for (int cp : new int[] { EMOJI, PLANE_15_PRIVATE_USE }) { // the premise: in none of the three fonts
			assertFalse(fonts.gothic().containsGlyph(cp) || fonts.mincho().containsGlyph(cp)
					|| fonts.fallback().containsGlyph(cp), Integer.toHexString(cp));
		}
		Audit a = new AuditFixture().build();
		ItemResult r = a.results().stream().filter(x -> x.itemId().equals("i-335")).findFirst().orElseThrow();
		String notes = "改訂履歴を確認した " + Character.toString(EMOJI) + "。担当: 𠮷田" + Character.toString(PLANE_15_PRIVATE_USE);
		Audit noted = a.withResult(new ItemResult(r.itemId(), r.site(), r.verdict(), notes, r.interviewee(),
				r.recordedAt(), r.evidence(), r.findings()));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportResult result = new PdfReportGenerator().write(Pdfs.request(noted, Locale.JAPANESE), out,
				new NullProgressMonitor());
		List<String> ja = result.warnings().stream().map(m -> m.render(Language.JA)).toList();
		List<String> en = result.warnings().stream().map(m -> m.render(Language.EN)).toList();
		assertEquals(2, ja.size(), ja.toString()); // 𠮷 comes from the fallback font: no warning
		assertEquals("項目 A.3.3.5: U+1F600 😀 はどの埋め込みフォントにもないため〓と表示しています", ja.get(0));
		assertTrue(ja.get(1).startsWith("項目 A.3.3.5: U+F0041 "), ja.get(1));
		assertEquals("item A.3.3.5: U+1F600 😀 is in no embedded font and is printed as 〓", en.get(0));
		assertTrue(result.warnings().stream().map(Message::key).allMatch("report.missingGlyph"::equals));

		String text = Pdfs.squeeze(Pdfs.flatText(out.toByteArray()));
		assertTrue(text.contains("改訂履歴を確認した〓。担当:𠮷田〓"), text);
	}

	@Test
	void aNormalAuditHasNoWarnings() throws Exception {
		ReportResult result = new PdfReportGenerator().write(
				Pdfs.request(new AuditFixture().build(), Locale.JAPANESE), new ByteArrayOutputStream(),
				new NullProgressMonitor());
		assertEquals(List.of(), result.warnings().stream().map(Message::inBoth).toList());
	}
}
