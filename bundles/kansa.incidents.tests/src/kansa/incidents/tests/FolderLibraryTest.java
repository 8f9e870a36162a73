package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentSet;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;
import kansa.incidents.FolderIncidentLibrary;

/** A folder of the user's incident files: single cases, exports, and broken files left untouched. */
class FolderLibraryTest {

	@TempDir
	Path dir;

	@Test
	void readsCasesAndExportsAndReportsBrokenFiles() throws Exception {
		List<Incident> seeds = Seeds.incidents();
		Files.write(dir.resolve("one.json"), KansaJson.write(seeds.get(0)));
		Files.write(dir.resolve("export.json"),
				KansaJson.write(new IncidentSet("export", LocalizedText.ja("書き出し"), seeds.subList(1, 3))));
		byte[] broken = "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"organization\": ,\n}".getBytes(StandardCharsets.UTF_8);
		Files.write(dir.resolve("broken.json"), broken);
		Files.writeString(dir.resolve("notes.txt"), "not json");

		FolderIncidentLibrary lib = FolderIncidentLibrary.read("workspace", dir);
		assertEquals(3, lib.incidents().size());
		assertEquals(1, lib.problems().size());
		assertTrue(lib.problems().get(0).contains("broken.json:4"), lib.problems().get(0));
		assertArrayEquals(broken, Files.readAllBytes(dir.resolve("broken.json")), "a broken file is never changed");
	}

	@Test
	void exportIsKnownByItsIncidentsListWhateverItsName() throws Exception {
		List<Incident> seeds = Seeds.incidents();
		Files.write(dir.resolve("2026-cases.json"),
				KansaJson.write(new IncidentSet("kansa-export", LocalizedText.ja("書き出し"), seeds.subList(0, 2))));

		FolderIncidentLibrary lib = FolderIncidentLibrary.read("workspace", dir);
		assertEquals(List.of(), lib.problems());
		assertEquals(seeds.subList(0, 2), lib.incidents());
	}

	@Test
	void singleCaseThatMentionsIncidentsIsOneCase() throws Exception {
		// the word as an id, a cause, a data type and the narrative, in a file named like an export: still one case
		Incident wordy = new Incident("incidents", "incidents 株式会社", "", null, null, null, "", null, "",
				List.of("incidents"), "incidents", "incidents", List.of(), List.of());
		byte[] json = KansaJson.write(wordy);
		assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"incidents\""), "the file holds the word");
		Files.write(dir.resolve("incidents.json"), json);
		Files.write(dir.resolve("incidents-export.json"), KansaJson.write(Seeds.incidents().get(0)));

		FolderIncidentLibrary lib = FolderIncidentLibrary.read("workspace", dir);
		assertEquals(List.of(), lib.problems());
		assertEquals(List.of(Seeds.incidents().get(0), wordy), lib.incidents(), "files in name order");
	}

	@Test
	void missingFolderIsEmpty() throws Exception {
		assertTrue(FolderIncidentLibrary.read("none", dir.resolve("nowhere")).incidents().isEmpty());
	}
}
