package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

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
}
