package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportException;

/**
 * A malformed part or one with a DOCTYPE is named, with its line, in one line of Japanese then English, before
 * POI reads it (POI logged a stack trace or a FATAL line first, and its message named neither part nor line).
 */
class MalformedPartsTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"[Content_Types].xml|<Types|<Types><Oops>|1|XML として正しくありません",
			"[Content_Types].xml|</Types>||1|XML として正しくありません",
			"xl/workbook.xml|<workbook|<!DOCTYPE workbook [<!ENTITY x \"y\">]>|1|DOCTYPE",
			"[Content_Types].xml|<Types|<!DOCTYPE Types SYSTEM \"http://example.invalid/t.dtd\">|1|DOCTYPE",
			"xl/worksheets/sheet1.xml|</worksheet>|<c>|2|XML として正しくありません",
			"xl/_rels/workbook.xml.rels|<Relationships|<Relationships attr=\"unclosed>|1|XML として正しくありません" })
	void aBrokenPartIsNamedWithItsLine(String part, String at, String insert, String line, String expected)
			throws Exception {
		Map<String, String> parts = LyingZips.parts(BadInputTest.simpleWorkbook());
		String text = parts.get(part);
		assertTrue(text.contains(at), part + ": " + text);
		parts.put(part, text.replaceFirst(java.util.regex.Pattern.quote(at),
				java.util.regex.Matcher.quoteReplacement(insert == null ? "" : insert)));
		Path file = dir.resolve("broken.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> p : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(p.getKey()));
				zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
			}
		}
		ImportException e = assertThrows(ImportException.class, () -> new ExcelImporter().read(file, null));
		String m = e.getMessage();
		assertFalse(m.contains("\n"), m);
		assertTrue(m.startsWith("broken.xlsx: " + part), m);
		assertTrue(m.contains(expected), m);
		assertTrue(expected.equals("DOCTYPE") || m.contains(" " + line + " 行目"), m);
	}
}
