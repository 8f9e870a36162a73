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
			"入退室記録 2026年11月.pdf#入退室記録 2026年11月.pdf",
			"COM\u00b9.txt#_COM\u00b9.txt",
			"com\u00b2#_com\u00b2",
			"LPT\u00b3.log#_LPT\u00b3.log",
			"CONIN$#_CONIN$",
			"conout$.txt#_conout$.txt",
			"con .txt#_con .txt",
			"nul..tar.gz#_nul..tar.gz",
			"Aux#_Aux",
			"CONSOLE.txt#CONSOLE.txt",
			"COM10.txt#COM10.txt",
			"COM0.txt#COM0.txt",
			"photo\u202Egpj.exe#photo_gpj.exe",
			"a\u2066b\u2067c\u2068d\u2069e\u200Ef\u200Fg\u202Ah\u202Bi\u202Cj\u202Dk.txt#a_b_c_d_e_f_g_h_i_j_k.txt" })
	void namesAreMadeSafe(String input, String expected) {
		assertEquals(expected, FileNames.sanitize(input));
	}

	@ParameterizedTest
	@CsvSource({ "CON,true", "con.json,true", "COM\u00b9,true", "LPT9.x,true", "CONIN$,true", "nul .txt,true",
			"CONX,false", "COM,false", "LPT10,false", "a-CON,false", "kansa,false" })
	void reservedNamesAreTheSameOnEveryPlatform(String name, boolean reserved) {
		assertEquals(reserved, FileNames.isReservedOnWindows(name), name);
	}

	@ParameterizedTest
	@CsvSource({ "a", "写" })
	void longNamesAreShortenedKeepingTheExtension(String ch) {
		String name = FileNames.sanitize(ch.repeat(300) + ".jpeg");
		assertTrue(name.endsWith(".jpeg"), name);
		assertEquals(80, name.codePointCount(0, name.length()));
	}
}
