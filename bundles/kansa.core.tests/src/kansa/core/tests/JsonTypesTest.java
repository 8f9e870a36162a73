package kansa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kansa.core.audit.Audit;
import kansa.core.json.KansaDataException;
import kansa.core.json.KansaJson;
import kansa.testing.Audits;

/**
 * A value of the wrong JSON type is refused, never coerced (a number where text belongs was read as its digits),
 * and the message names the field and says what belongs there in words, without Java or Jackson class names.
 */
class JsonTypesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"\"id\" : \"2026-isms-01\"|\"id\": 12345|id|text",
			"\"title\" : \"2026年度 内部監査\"|\"title\": 12|title|text",
			"\"title\" : \"2026年度 内部監査\"|\"title\": true|title|text",
			"\"title\" : \"2026年度 内部監査\"|\"title\": 1.5|title|text",
			"\"title\" : \"2026年度 内部監査\"|\"title\": [\"a\"]|title|text",
			"\"title\" : \"2026年度 内部監査\"|\"title\": {\"ja\": \"a\"}|title|text",
			"\"status\" : \"IN_PROGRESS\"|\"status\": 1|status|one of",
			"\"results\" : [|\"results\": \"none\", \"x\": [|results|list",
			"\"verdict\" : \"CONFORMING\"|\"verdict\": [1]|verdict|one of" })
	void aValueOfTheWrongTypeIsRefusedNamingTheField(String from, String to, String field, String expected) {
		String json = new String(KansaJson.write(Audits.everyField()), StandardCharsets.UTF_8);
		assertTrue(json.contains(from), "sample has " + from + ":\n" + json);
		byte[] bad = json.replaceFirst(java.util.regex.Pattern.quote(from),
				java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8);
		KansaDataException e = assertThrows(KansaDataException.class, () -> KansaJson.read(bad, Audit.class, "audit.json"));
		assertTrue(e.field().endsWith(field), e.getMessage());
		assertTrue(e.problem().contains(expected), e.getMessage());
		assertTrue(e.line() > 1, e.getMessage());
		assertFalse(e.getMessage().matches("(?s).*(java\\.|com\\.fasterxml|kansa\\.core|`|\\n).*"), e.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\"title\" : \"2026年度 内部監査\"|\"title\": \"a\\u0000b\" x" })
	void aSyntaxErrorNamesTheFieldItIsIn(String from, String to) {
		String json = new String(KansaJson.write(Audits.everyField()), StandardCharsets.UTF_8);
		byte[] bad = json.replaceFirst(java.util.regex.Pattern.quote(from),
				java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8);
		KansaDataException e = assertThrows(KansaDataException.class, () -> KansaJson.read(bad, Audit.class, "audit.json"));
		assertEquals("title", e.field(), e.getMessage());
	}
}
