package kansa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.checklist.Checklist;
import kansa.core.incident.Incident;
import kansa.core.json.KansaDataException;
import kansa.core.json.KansaJson;
import kansa.testing.Audits;

class KansaJsonTest {

	@Test
	void checklistRoundTripsUnchanged() throws Exception {
		Checklist original = Audits.everyFieldChecklist();
		assertEquals(original, KansaJson.read(KansaJson.write(original), Checklist.class, "checklist.json"));
	}

	@Test
	void auditRoundTripsWithResultsEvidenceFindingsAndCorrectiveActions() throws Exception {
		Audit original = Audits.everyField();
		Audit copy = KansaJson.read(KansaJson.write(original), Audit.class, "audit.json");
		assertEquals(original, copy);
		assertEquals("CAR-001", copy.findings().get(0).finding().correctiveAction().id());
	}

	@Test
	void incidentRoundTripsUnchanged() throws Exception {
		Incident original = Samples.incident();
		assertEquals(original, KansaJson.read(KansaJson.write(original), Incident.class, "incident.json"));
	}

	@Test
	void documentsStartWithSchemaVersionAndKeepJapaneseReadable() {
		String json = new String(KansaJson.write(Audits.everyField()), StandardCharsets.UTF_8);
		assertTrue(json.startsWith("{\n  \"schemaVersion\" : 1,"), json.substring(0, 40));
		assertTrue(json.contains("株式会社サンプル商事"), "UTF-8 text, not \\u escapes");
		assertTrue(json.contains("\"startDate\" : \"2026-11-05\""), "ISO dates");
		assertTrue(!json.contains("\"empty\""), "helper methods are not serialised");
	}

	@Test
	void newerSchemaIsRefusedWithAClearMessage() {
		byte[] json = "{\"schemaVersion\": 7, \"id\": \"x\"}".getBytes(StandardCharsets.UTF_8);
		KansaDataException e = assertThrows(KansaDataException.class, () -> KansaJson.read(json, Checklist.class, "future.json"));
		assertEquals("schemaVersion", e.field());
		assertTrue(e.getMessage().startsWith("future.json:1:"), e.getMessage());
		assertTrue(e.getMessage().contains("newer Kansa (schema 7)"), e.getMessage());
	}

	@Test
	void missingSchemaVersionIsRefused() {
		byte[] json = "{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_8);
		KansaDataException e = assertThrows(KansaDataException.class, () -> KansaJson.read(json, Checklist.class, "x.json"));
		assertTrue(e.getMessage().contains("not a Kansa document"), e.getMessage());
	}

	@Test
	void malformedJsonNamesFileAndLine() {
		byte[] json = "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"version\": ,\n}".getBytes(StandardCharsets.UTF_8);
		KansaDataException e = assertThrows(KansaDataException.class, () -> KansaJson.read(json, Checklist.class, "broken.json"));
		assertEquals("broken.json", e.source());
		assertEquals(4, e.line(), e.getMessage());
		assertTrue(e.getMessage().startsWith("broken.json:4:"), e.getMessage());
	}

	@Test
	void wrongValueNamesTheFieldPath() {
		String json = new String(KansaJson.write(Audits.everyField()), StandardCharsets.UTF_8)
				.replaceFirst("\"MINOR_NONCONFORMITY\"", "\"SOMEWHAT_BAD\"");
		KansaDataException e = assertThrows(KansaDataException.class,
				() -> KansaJson.read(json.getBytes(StandardCharsets.UTF_8), Audit.class, "audit.json"));
		assertTrue(e.field().endsWith("verdict"), e.field());
		assertTrue(e.field().startsWith("results[1]"), e.field());
		assertTrue(e.line() > 1, "line of the bad value");
	}

	@Test
	void unknownFieldIsNamed() {
		byte[] json = "{\"schemaVersion\":1,\"id\":\"x\",\"version\":\"1\",\"title\":{\"ja\":\"t\"},\"colour\":\"red\"}"
				.getBytes(StandardCharsets.UTF_8);
		KansaDataException e = assertThrows(KansaDataException.class, () -> KansaJson.read(json, Checklist.class, "c.json"));
		assertTrue(e.getMessage().contains("unknown field 'colour'"), e.getMessage());
	}

	@Test
	void constructorValidationSurfacesAsDataError() {
		String json = new String(KansaJson.write(Audits.everyField()), StandardCharsets.UTF_8)
				.replace("evidence/サーバ室.jpg", "../../etc/passwd");
		KansaDataException e = assertThrows(KansaDataException.class,
				() -> KansaJson.read(json.getBytes(StandardCharsets.UTF_8), Audit.class, "audit.json"));
		assertTrue(e.getMessage().contains("must be relative to the audit folder"), e.getMessage());
	}

	@Test
	void lazyResourceReadsOnFirstUseOnceAndNamesAMissingResource() {
		Supplier<Checklist> sample = KansaJson.lazyResource(KansaJsonTest.class, "lazy-sample.json", Checklist.class);
		Checklist first = sample.get();
		assertEquals("lazy-sample", first.id());
		assertSame(first, sample.get(), "read once");

		// creating it reads nothing: a broken resource surfaces only when it is used, with its name
		Supplier<Checklist> missing = KansaJson.lazyResource(KansaJsonTest.class, "no-such.json", Checklist.class);
		IllegalStateException e = assertThrows(IllegalStateException.class, missing::get);
		assertTrue(e.getMessage().contains("no-such.json"), e.getMessage());
	}
}
