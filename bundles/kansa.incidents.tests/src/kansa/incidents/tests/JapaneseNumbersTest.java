package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kansa.incidents.extract.internal.JapaneseNumbers;
import kansa.incidents.extract.internal.TextFolding;

class JapaneseNumbersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "3,255|3255", "15,370|15370", "1万5,370|15370", "29万2707|292707", "46万|460000",
			"2万5千|25000", "3万|30000", "1.5万|15000", "528563|528563", "三千二百五十五|3255", "十|10", "二十五|25",
			"千二百|1200", "四十万五千五百七十六|405576", "二〇一九|2019", "1億2千万|120000000", "３，２５５|3255",
			"１万５，３７０|15370" })
	void readsJapaneseNumberForms(String text, long expected) {
		assertEquals(expected, JapaneseNumbers.parse(TextFolding.fold(text)), text);
	}

	@ParameterizedTest
	@CsvSource({ "万", "abc", "1.5", "''" })
	void refusesWhatIsNotACount(String text) {
		assertEquals(-1, JapaneseNumbers.parse(text), text);
	}
}
