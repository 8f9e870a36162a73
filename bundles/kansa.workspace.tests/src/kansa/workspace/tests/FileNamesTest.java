package kansa.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kansa.workspace.FileNames;

class FileNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '#', value = {
			"../../etc/passwd#passwd",
			"C:\\Users\\a\\規程.docx#規程.docx",
			"CON.txt#_CON.txt",
			"lpt1#_lpt1",
			"a<b>c:d\"e|f?g*.png#a_b_c_d_e_f_g_.png",
			"..#file",
			".hidden#hidden",
			"trailing. . #trailing",
			"入退室記録 2026年11月.pdf#入退室記録 2026年11月.pdf" })
	void namesAreMadeSafe(String input, String expected) {
		assertEquals(expected, FileNames.sanitize(input));
	}

	@ParameterizedTest
	@CsvSource({ "a", "写" })
	void longNamesAreShortenedKeepingTheExtension(String ch) {
		String name = FileNames.sanitize(ch.repeat(300) + ".jpeg");
		assertTrue(name.endsWith(".jpeg"), name);
		assertEquals(80, name.codePointCount(0, name.length()));
	}
}
