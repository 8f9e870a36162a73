package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

import kansa.report.pdf.internal.FontFiles;
import kansa.report.pdf.internal.JapaneseSplitCharacters;

/**
 * 禁則処理: text full of closing brackets and punctuation is set in columns of many widths; no rendered line may
 * start with one. The same text with iText's default rules shows that the check can fail.
 */
class LineBreakTest {

	private static final String TEXT = "個人情報保護方針（案）は、取締役会（2026年4月）で承認された。"
			+ "委託先（株式会社はやて運輸）との契約（覚書）を締結すること！また、「本人の同意」を得ること？"
			+ "記録（紙・電子）は５年間（法定）保管する。";

	@Test
	void noLineStartsWithClosingPunctuation() throws Exception {
		List<String> bad = badLineStarts(new JapaneseSplitCharacters());
		assertTrue(bad.isEmpty(), "lines breaking the rules: " + bad);
	}

	@Test
	void defaultRulesDoBreakThem() throws Exception {
		// proves the check above can fail: iText alone lets full-width ） and ！ start a line
		assertFalse(badLineStarts(new DefaultSplitCharacters()).isEmpty());
	}

	@Test
	void idsDoNotBreakAfterTheirHyphen() throws Exception {
		assertTrue(brokenIds(new JapaneseSplitCharacters()).isEmpty(), brokenIds(new JapaneseSplitCharacters()).toString());
		// proves the check can fail: iText alone breaks CAR-004 after the hyphen
		assertFalse(brokenIds(new DefaultSplitCharacters()).isEmpty());
	}

	/** Lines ending in a hyphen when "CAR-004 F-012" is set in columns that hold either id but not the text. */
	private static List<String> brokenIds(ISplitCharacters rules) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfFont font = FontFiles.fromBundle().createFonts().gothic();
		try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4)) {
			doc.setFont(font).setFontSize(10);
			for (int width = 44; width <= 80; width += 2) { // each wide enough for CAR-004 itself
				doc.add(new Paragraph("是正 CAR-004 指摘 F-012").setWidth(width).setSplitCharacters(rules));
			}
		}
		List<String> bad = new ArrayList<>();
		for (String page : Pdfs.pageTexts(out.toByteArray())) {
			page.lines().map(String::strip).filter(l -> l.endsWith("-")).forEach(bad::add);
		}
		return bad;
	}

	private static List<String> badLineStarts(ISplitCharacters rules) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfFont font = FontFiles.fromBundle().createFonts().gothic();
		try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4)) {
			doc.setMargins(20, 20, 20, 20);
			doc.setFont(font).setFontSize(10);
			// every width from 6 to 20 characters puts different characters at the line starts
			for (int chars = 6; chars <= 20; chars++) {
				doc.add(new Paragraph(TEXT).setWidth(chars * 10 + 0.5f).setSplitCharacters(rules));
			}
		}
		List<String> bad = new ArrayList<>();
		for (String page : Pdfs.pageTexts(out.toByteArray())) {
			for (String line : page.split("\n")) {
				String l = line.strip();
				if (!l.isEmpty() && !JapaneseSplitCharacters.mayStartLine(l.codePointAt(0))) {
					bad.add(l);
				}
				if (!l.isEmpty() && !JapaneseSplitCharacters.mayEndLine(l.codePointBefore(l.length()))) {
					bad.add(l);
				}
			}
		}
		return bad;
	}
}
