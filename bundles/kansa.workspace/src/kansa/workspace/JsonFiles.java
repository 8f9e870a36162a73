package kansa.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import kansa.core.json.KansaDataException;
import kansa.core.json.KansaJson;

/** The stores' JSON files, read and written through the workspace's storage. */
final class JsonFiles {

	private JsonFiles() {
	}

	static <T> T read(WorkspaceStorage storage, String path, Class<T> type) throws WorkspaceException, KansaDataException {
		// read through the bounded reader: a huge (or endless) file is refused, not loaded into memory
		try (InputStream in = storage.read(path)) {
			return KansaJson.read(in, type, path);
		} catch (IOException e) {
			throw new WorkspaceException("読めません / cannot read " + storage.describe(path) + ": " + e.getMessage(), e);
		}
	}

	static void write(WorkspaceStorage storage, String path, Object value) throws WorkspaceException {
		storage.write(path, KansaJson.write(value));
	}

	/** Ids of the {@code <id>.json} files of a folder, sorted. */
	static List<String> stems(WorkspaceStorage storage, String folder) throws WorkspaceException {
		return storage.list(folder).stream().filter(n -> n.endsWith(".json") && storage.isFile(folder + "/" + n))
				.map(n -> n.substring(0, n.length() - ".json".length())).toList();
	}
}
