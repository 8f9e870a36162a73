package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kansa.office.CellText;

/** The sanitiser on its own, for inputs the model's stripping would never let through. */
class CellTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1", "-1", "@A1", "\t=1+1", "\r=1+1", "＝1+1", "＠A1" })
	void formulaLikeStartsNeedTheQuotePrefix(String text) {
		assertTrue(CellText.needsQuotePrefix(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "適合", "1+1", " =1+1", "メール: a@example.jp", "2026-10-07" })
	void ordinaryTextDoesNot(String text) {
		assertFalse(CellText.needsQuotePrefix(text), text);
	}

	@Test
	void lineBreaksBecomeLineFeedsAndControlCharactersGo() {
		assertEquals("一行目\n二行目\n三行目", CellText.clean("一行目\r\n二行目\r三行目"));
		assertEquals("ab\tc", CellText.clean("a\u0000b\u0007\tc\u001B"));
		assertEquals("", CellText.clean(null));
		assertEquals("𠮷野家", CellText.clean("𠮷野家"), "surrogate pairs survive");
		assertEquals("x", CellText.clean("\uD800x"), "an unpaired surrogate would corrupt the file");
	}

	@Test
	void textIsCutToExcelsCellLimit() {
		String cut = CellText.clean("あ".repeat(40_000));
		assertEquals(32_767, cut.length());
		assertTrue(cut.endsWith("…"));
	}

	@Test
	void headerTextEscapesAmpersand() {
		assertEquals("R&&D 部 監査", CellText.headerFooter("R&D 部\n監査", 80));
	}
}
