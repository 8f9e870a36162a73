package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportException;

/**
 * Workbooks whose zip directory understates their parts, each unpacking to a gigabyte (an attribute value, a
 * comment, a text) at a compression ratio POI accepts. This test JVM runs with a 256 MB heap (see pom.xml): the
 * import must stop with one line naming the part, by the bytes it actually unpacks, not run out of memory.
 */
class LyingZipTest {

	private static final long GIGABYTE = 1L << 30;

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
			"xl/worksheets/sheet1.xml| r=\"A1\"| x=\"|\"",
			"xl/worksheets/sheet1.xml|<sheetData>|<!--|-->",
			"xl/sharedStrings.xml|</t>||",
			"[Content_Types].xml|<Types|<!--|-->",
			"xl/workbook.xml| xmlns=| x=\"|\"" })
	void aGigabyteHiddenBehindALyingDirectoryIsRefusedInOneLine(String part, String at, String open, String close)
			throws Exception {
		Map<String, String> parts = LyingZips.parts(BadInputTest.simpleWorkbook());
		Path file = dir.resolve("lying.xlsx");
		LyingZips.write(file, parts, part, at, open == null ? "" : open, close == null ? "" : close, GIGABYTE);
		long ratio = GIGABYTE / Files.size(file);
		assertTrue(ratio > 20 && ratio < 100, "compresses " + ratio + " times: below what POI refuses by itself");

		ImportException e = assertThrows(ImportException.class, () -> new ExcelImporter().read(file, null));
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
		assertTrue(e.getMessage().startsWith("lying.xlsx: "), e.getMessage());
		assertTrue(e.getMessage().contains(part), e.getMessage());
	}
}
