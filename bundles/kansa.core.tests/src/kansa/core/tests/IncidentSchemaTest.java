package kansa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kansa.core.incident.DatePrecision;
import kansa.core.incident.Incident;
import kansa.core.incident.IncidentSet;
import kansa.core.json.KansaDataException;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;

/** The richer incident record stays compatible with files of the first schema. */
class IncidentSchemaTest {

	/** A file as the first schema wrote it: none of the later fields. */
	private static final String FIRST_SCHEMA = """
			{
			  "schemaVersion" : 1,
			  "id" : "old-1",
			  "organization" : "株式会社旧形式",
			  "industry" : "小売",
			  "incidentStart" : "2024-01-10",
			  "discovered" : "2024-03-01",
			  "announced" : "2024-04-01",
			  "discoveryRoute" : "決済代行会社からの連絡",
			  "recordsAffected" : 3255,
			  "recordsUnit" : "件",
			  "dataTypes" : [ "氏名" ],
			  "cause" : "不正アクセス",
			  "narrative" : "説明",
			  "sources" : [ ],
			  "mappedItems" : [ ]
			}
			""";

	@Test
	void fileOfTheFirstSchemaStillReads() throws Exception {
		Incident i = KansaJson.read(FIRST_SCHEMA.getBytes(StandardCharsets.UTF_8), Incident.class, "old.json");
		assertEquals(3255L, i.recordsAffected());
		assertEquals("", i.service());
		assertNull(i.incidentEnd());
		assertNull(i.personsAffected());
		assertFalse(i.recordsApproximate());
		assertTrue(Samples.incident().recordsApproximate());
		assertTrue(i.actors().isEmpty() && i.timeline().isEmpty() && i.countermeasures().isEmpty());
		assertEquals(DatePrecision.DAY, i.precisionOf("discovered"));
	}

	@Test
	void firstSchemaConstructorRoundTrips() throws Exception {
		Incident original = Samples.incidentOfFirstSchema();
		assertEquals(original, KansaJson.read(KansaJson.write(original), Incident.class, "incident.json"));
	}

	@Test
	void datesKeepTheirPrecision() throws Exception {
		Incident i = KansaJson.read(KansaJson.write(Samples.incident()), Incident.class, "incident.json");
		assertEquals(DatePrecision.MONTH, i.precisionOf("incidentStart"));
		assertEquals("2023年5月", i.precisionOf("incidentStart").format(i.incidentStart()));
		assertEquals("2024年1月10日", i.precisionOf("incidentEnd").format(i.incidentEnd()));
		assertEquals(2024, i.year());
		assertEquals(List.of("ペイメントアプリケーション改ざん", "不正アクセス・脆弱性"), i.allCauses());
	}

	@Test
	void unknownDateFieldInPrecisionIsRefusedWithItsName() {
		String json = new String(KansaJson.write(Samples.incident()), StandardCharsets.UTF_8).replace("\"incidentStart\" : \"MONTH\"",
				"\"begin\" : \"MONTH\"");
		KansaDataException e = assertThrows(KansaDataException.class,
				() -> KansaJson.read(json.getBytes(StandardCharsets.UTF_8), Incident.class, "bad.json"));
		assertTrue(e.getMessage().contains("unknown date field 'begin'"), e.getMessage());
	}

	@Test
	void rangeAndPeriodAreChecked() {
		Incident s = Samples.incident();
		assertThrows(IllegalArgumentException.class, () -> new Incident(s.id(), s.organization(), s.industry(), s.service(),
				LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), null, null, null, null, null, "", null, "", null, 10L,
				null, false, "件", null, null, null, "", null, null, null, null));
		assertThrows(IllegalArgumentException.class, () -> new Incident(s.id(), s.organization(), "", "", null, null,
				null, null, null, null, null, "", null, "", null, 10L, 5L, false, "件", null, null, null, "", null, null,
				null, null));
	}

	@Test
	void incidentSetRoundTrips() throws Exception {
		IncidentSet set = new IncidentSet("cases", LocalizedText.ja("事例"), List.of(Samples.incident(),
				Samples.incidentOfFirstSchema()));
		assertEquals(set, KansaJson.read(KansaJson.write(set), IncidentSet.class, "set.json"));
	}
}
