package kansa.incidents;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;
import kansa.core.incident.IncidentSet;
import kansa.core.json.KansaDataException;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;

/**
 * The incident JSON files of a folder (a workspace's {@code incidents/}, or any folder to import): each file one
 * incident, or an {@link IncidentSet} as {@code kansa incident export} writes. Files are only read; one that
 * cannot be read is left as it is and reported with its name, line and field.
 */
public final class FolderIncidentLibrary implements IncidentLibrary {

	/** The field of {@link IncidentSet} that holds its cases. */
	private static final String EXPORT_FIELD = "incidents";
	private static final JsonFactory JSON = new JsonFactory();

	private final String id;
	private final Path folder;
	private final List<Incident> incidents = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();

	private FolderIncidentLibrary(String id, Path folder) {
		this.id = id;
		this.folder = folder;
	}

	/** Reads the folder now; a missing folder is an empty library. */
	public static FolderIncidentLibrary read(String id, Path folder) throws IOException {
		FolderIncidentLibrary lib = new FolderIncidentLibrary(id, folder);
		if (!Files.isDirectory(folder)) {
			return lib;
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
			stream.forEach(f -> {
				if (!f.getFileName().toString().startsWith(".")) {
					files.add(f);
				}
			});
		}
		files.sort(null);
		for (Path f : files) {
			lib.load(f);
		}
		return lib;
	}

	private void load(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		String name = folder.getFileName() + "/" + file.getFileName();
		try {
			if (isExport(bytes)) {
				incidents.addAll(KansaJson.read(bytes, IncidentSet.class, name).incidents());
			} else {
				incidents.add(KansaJson.read(bytes, Incident.class, name));
			}
		} catch (KansaDataException e) {
			problems.add(e.getMessage());
		}
	}

	/**
	 * An export is an {@link IncidentSet}: a document whose top level has an {@code "incidents"} array. Only the top
	 * level counts, so a single case that mentions the word in a text or nested field is still read as one case. A
	 * file that is not even JSON is read as a case, whose reader then reports where it breaks.
	 */
	private static boolean isExport(byte[] json) {
		try (JsonParser p = JSON.createParser(json)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				return false;
			}
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String field = p.currentName();
				JsonToken value = p.nextToken();
				if (EXPORT_FIELD.equals(field)) {
					return value == JsonToken.START_ARRAY;
				}
				p.skipChildren();
			}
			return false;
		} catch (IOException e) {
			return false;
		}
	}

	/** Files that could not be read, one message each (file:line:column: field: problem). */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	public Path folder() {
		return folder;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public LocalizedText label() {
		return LocalizedText.of("フォルダの事例 " + folder, "Cases in " + folder);
	}

	@Override
	public List<Incident> incidents() {
		return List.copyOf(incidents);
	}
}
