package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import kansa.checklist.excel.ExcelExporter;
import kansa.checklist.excel.ImportResult;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.RequirementRef;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;
import kansa.checklist.excel.ExcelImporter;

/**
 * `kansa checklist export` writes user text starting with = + - @ (tab, CR, full-width forms) so that Excel never
 * makes a formula of it: read from the written file's XML, every such cell has a quote-prefixed style and no
 * cell holds a formula. The text itself is kept: importing the file gives it back.
 */
class ExportFormulaTest {

	private static final List<String> RISKY = List.of("=HYPERLINK(\"http://example.invalid\",\"開く\")", "+81-3-1234",
			"-1+2", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "＝1+1", "＠A1");

	@TempDir
	Path dir;

	@Test
	void noExportedCellStartsWithAFormulaCharacterUnprotected() throws Exception {
		List<ChecklistItem> items = new ArrayList<>();
		for (int k = 0; k < RISKY.size(); k++) {
			String r = RISKY.get(k);
			items.add(new ChecklistItem("i" + k, String.valueOf(k + 1), LocalizedText.of(r, r),
					List.of(new RequirementRef("JIS Q 15001:2017", "A.3." + k)), List.of(LocalizedText.of(r, r)),
					LocalizedText.of(r, r), LocalizedText.ja(r), LocalizedText.ja(r), Map.of(), List.of(), List.of()));
		}
		Checklist c = new Checklist("formula", "1.0", LocalizedText.of("=1+1 表題", "-title"), "JIS Q 15001:2017", "",
				LocalizedText.ja("@説明"), "", "+初版", List.of(new Section("s1", "1", LocalizedText.of("=節", "+section"),
						items, List.of())));
		Path file = dir.resolve("formula.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			new ExcelExporter().write(c, out);
		}

		Map<String, String> parts = LyingZips.parts(Files.readAllBytes(file));
		DocumentBuilder xml = DocumentBuilderFactory.newInstance().newDocumentBuilder();
		List<String> shared = new ArrayList<>();
		if (parts.containsKey("xl/sharedStrings.xml")) {
			NodeList si = parse(xml, parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
			for (int k = 0; k < si.getLength(); k++) {
				shared.add(text((Element) si.item(k)));
			}
		}
		NodeList xfs = ((Element) parse(xml, parts.get("xl/styles.xml")).getElementsByTagName("cellXfs").item(0))
				.getElementsByTagName("xf");
		int risky = 0;
		List<String> unprotected = new ArrayList<>();
		for (Map.Entry<String, String> part : parts.entrySet()) {
			if (!part.getKey().startsWith("xl/worksheets/")) {
				continue;
			}
			Document sheet = parse(xml, part.getValue());
			assertEquals(0, sheet.getElementsByTagName("f").getLength(), "no formula in " + part.getKey());
			NodeList cells = sheet.getElementsByTagName("c");
			for (int k = 0; k < cells.getLength(); k++) {
				Element cell = (Element) cells.item(k);
				String value = value(cell, shared);
				if (!value.isEmpty() && "=+-@\t\r\n＝＋－＠".indexOf(value.charAt(0)) >= 0) {
					risky++;
					int s = cell.hasAttribute("s") ? Integer.parseInt(cell.getAttribute("s")) : 0;
					String q = ((Element) xfs.item(s)).getAttribute("quotePrefix");
					if (!q.equals("1") && !q.equals("true")) {
						unprotected.add(part.getKey() + " " + cell.getAttribute("r") + " " + value);
					}
				}
			}
		}
		assertTrue(risky >= RISKY.size() * 5, "the risky texts were written: " + risky);
		assertEquals(List.of(), unprotected);

		ImportResult back = new ExcelImporter().read(file, null);
		assertEquals("=HYPERLINK(\"http://example.invalid\",\"開く\")",
				back.checklist().sections().get(0).items().get(0).title().ja(), "the text itself is kept");
	}

	private static Document parse(DocumentBuilder xml, String text) throws Exception {
		return xml.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static String value(Element cell, List<String> shared) {
		String type = cell.getAttribute("t");
		NodeList v = cell.getElementsByTagName("v");
		return switch (type) {
			case "s" -> v.getLength() == 0 ? "" : shared.get(Integer.parseInt(v.item(0).getTextContent().strip()));
			case "inlineStr" -> text(cell);
			default -> v.getLength() == 0 ? "" : v.item(0).getTextContent();
		};
	}

	/** The text of a shared or inline string: its t elements outside phonetic runs. */
	private static String text(Element e) {
		StringBuilder b = new StringBuilder();
		NodeList t = e.getElementsByTagName("t");
		for (int k = 0; k < t.getLength(); k++) {
			if (!((Element) t.item(k).getParentNode()).getTagName().equals("rPh")) {
				b.append(t.item(k).getTextContent());
			}
		}
		return b.toString();
	}
}
