package kansa.workspace;

import static kansa.workspace.Names.checkPortable;
import static kansa.workspace.Names.safeId;

import java.util.List;

import kansa.core.incident.Incident;
import kansa.core.json.KansaDataException;

/** The user's own incident cases: {@code incidents/<id>.json}. */
public final class IncidentStore {

	static final String FOLDER = "incidents";

	private final WorkspaceStorage storage;

	IncidentStore(WorkspaceStorage storage) {
		this.storage = storage;
	}

	public List<String> ids() throws WorkspaceException {
		return JsonFiles.stems(storage, FOLDER);
	}

	public Incident load(String id) throws WorkspaceException, KansaDataException {
		return JsonFiles.read(storage, file(id), Incident.class);
	}

	public void save(Incident incident) throws WorkspaceException {
		try (WorkspaceStorage.Lock lock = lock()) {
			write(incident);
		}
	}

	/**
	 * Saves an incident under an ID no incident has yet; the check and the write happen under the incidents' lock,
	 * so of two processes creating the same ID at once exactly one succeeds and the other is refused.
	 */
	public void create(Incident incident) throws WorkspaceException {
		try (WorkspaceStorage.Lock lock = lock()) {
			if (storage.isFile(file(incident.id()))) {
				throw new WorkspaceException("事例 '" + incident.id() + "' は既にあります / an incident '" + incident.id()
						+ "' already exists in " + storage.root());
			}
			write(incident);
		}
	}

	private WorkspaceStorage.Lock lock() throws WorkspaceException {
		return storage.lock(Workspace.LOCKS + "/" + FOLDER, "事例 / the incidents");
	}

	private void write(Incident incident) throws WorkspaceException {
		String file = file(incident.id());
		if (!storage.isFile(file)) {
			checkPortable(incident.id(), "ID");
		}
		JsonFiles.write(storage, file, incident);
	}

	private static String file(String id) {
		return FOLDER + "/" + safeId(id) + ".json";
	}
}
