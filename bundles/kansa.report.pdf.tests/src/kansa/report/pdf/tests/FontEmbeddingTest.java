package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.audit.Client;

/** Every font is embedded: a reader without Japanese fonts still sees the report. */
class FontEmbeddingTest {

	@Test
	void everyFontOnEveryPageIsEmbedded() throws Exception {
		List<String> fonts = Pdfs.fonts(Pdfs.generate(new AuditFixture().build()));
		assertFalse(fonts.isEmpty(), "no fonts found at all");
		for (String font : fonts) {
			assertTrue(font.endsWith(" embedded"), "font not embedded: " + font);
			assertTrue(font.contains("IPAex"), "unexpected font: " + font);
		}
		assertTrue(fonts.stream().anyMatch(f -> f.contains("IPAexGothic")), fonts.toString());
		assertTrue(fonts.stream().anyMatch(f -> f.contains("IPAexMincho")), fonts.toString());
	}

	@Test
	void aCharacterIpaexLacksComesFromTheFallbackFont() throws Exception {
		// 𠮷 (U+20BB7, as in 𠮷野家) is not in IPAex: it used to print as 〓
		Audit a = new AuditFixture().build();
		Audit named = new Audit(a.id(), a.title(), new Client("𠮷野家ホールディングス", a.client().sites()), a.scope(),
				a.objective(), a.criteria(), a.startDate(), a.endDate(), a.leadAuditor(), a.team(), a.auditees(),
				a.status(), "𠮷野家の本社で監査した。", a.checklist(), a.results(), a.previousAuditId());
		byte[] pdf = Pdfs.generate(named); // PDF/A: every glyph must exist in its embedded font
		String text = Pdfs.flatText(pdf);
		assertTrue(text.contains("𠮷野家ホールディングス"), text);
		assertTrue(text.contains("𠮷野家の本社で監査した。"), text);
		assertFalse(text.contains("〓野家"), text);
		List<String> fonts = Pdfs.fonts(pdf);
		assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSansCJK")), fonts.toString());
		assertTrue(fonts.stream().anyMatch(f -> f.contains("IPAexGothic")), fonts.toString());
	}

	@Test
	void aReportWithoutRareCharactersDoesNotEmbedTheFallback() throws Exception {
		List<String> fonts = Pdfs.fonts(Pdfs.generate(new AuditFixture().build()));
		assertFalse(fonts.stream().anyMatch(f -> f.contains("NotoSansCJK")), fonts.toString());
	}
}
