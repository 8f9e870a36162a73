package kansa.workspace;

import static kansa.workspace.Names.checkPortable;
import static kansa.workspace.Names.safeId;
import static kansa.workspace.Names.safeVersion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kansa.core.checklist.Checklist;
import kansa.core.json.KansaDataException;

/**
 * The user's own checklists: {@code checklists/<id>.json} is the current version and
 * {@code checklists/<id>/<version>.json} keeps every version ever saved, so saving a new version never loses the
 * old one.
 */
public final class ChecklistStore {

	static final String FOLDER = "checklists";

	private final WorkspaceStorage storage;

	ChecklistStore(WorkspaceStorage storage) {
		this.storage = storage;
	}

	public List<String> ids() throws WorkspaceException {
		return JsonFiles.stems(storage, FOLDER);
	}

	public boolean has(String id) {
		return storage.isFile(current(id));
	}

	public Checklist load(String id) throws WorkspaceException, KansaDataException {
		return JsonFiles.read(storage, current(id), Checklist.class);
	}

	/**
	 * Saves the checklist as the current version. When the current file holds another version, that version is
	 * kept in {@code checklists/<id>/<version>.json} first; every saved version is also written there, so the
	 * history is complete. Saving the same version again replaces it (a draft being edited).
	 */
	public void save(Checklist checklist) throws WorkspaceException {
		// the old current version is read and kept before the new one replaces it: no other writer in between
		try (WorkspaceStorage.Lock lock = lock()) {
			write(checklist);
		}
	}

	/**
	 * Saves a checklist under an ID no checklist has yet. The check and the write happen under the checklists'
	 * lock, so of two processes creating the same ID at once exactly one succeeds; the other is refused, and the
	 * checklist already there stays as it was.
	 */
	public void create(Checklist checklist) throws WorkspaceException {
		try (WorkspaceStorage.Lock lock = lock()) {
			if (has(checklist.id())) {
				throw new WorkspaceException("チェックリスト '" + checklist.id() + "' は既にあります / a checklist '"
						+ checklist.id() + "' already exists in " + storage.root());
			}
			write(checklist);
		}
	}

	/**
	 * Saves a version of a checklist that the workspace does not hold yet (a new checklist or a new version of one),
	 * checked and written under the checklists' lock, so a version saved at the same moment by another process is
	 * never replaced.
	 */
	public void createVersion(Checklist checklist) throws WorkspaceException {
		try (WorkspaceStorage.Lock lock = lock()) {
			if (has(checklist.id()) && (versions(checklist.id()).contains(checklist.version())
					|| ChecklistVersions.versionOf(storage.readAllBytes(current(checklist.id())))
							.equals(checklist.version()))) {
				throw new WorkspaceException("チェックリスト " + checklist.id() + " v" + checklist.version()
						+ " は既にあります / checklist " + checklist.id() + " version " + checklist.version()
						+ " already exists in " + storage.root());
			}
			write(checklist);
		}
	}

	private WorkspaceStorage.Lock lock() throws WorkspaceException {
		return storage.lock(Workspace.LOCKS + "/" + FOLDER, "チェックリスト / the checklists");
	}

	private void write(Checklist checklist) throws WorkspaceException {
		String current = current(checklist.id());
		String kept = kept(checklist.id(), checklist.version());
		if (!storage.isFile(current)) {
			checkPortable(checklist.id(), "ID");
		}
		if (!storage.isFile(kept)) {
			checkPortable(checklist.version(), "version");
		}
		if (storage.isFile(current)) {
			byte[] old = storage.readAllBytes(current);
			String oldVersion = ChecklistVersions.versionOf(old);
			if (!oldVersion.isEmpty() && !oldVersion.equals(checklist.version())) {
				String keep = kept(checklist.id(), oldVersion);
				if (!storage.isFile(keep)) {
					storage.write(keep, old);
				}
			}
		}
		JsonFiles.write(storage, kept, checklist);
		JsonFiles.write(storage, current, checklist);
	}

	/** Versions kept in the checklist's history, oldest first (1.9 before 1.10). */
	public List<String> versions(String id) throws WorkspaceException {
		return JsonFiles.stems(storage, FOLDER + "/" + safeId(id)).stream().sorted(ChecklistVersions.ORDER).toList();
	}

	/**
	 * When a kept version was last written (its history file's time), for the version list of the history view;
	 * empty when the history does not hold that version.
	 */
	public Optional<Instant> versionSavedAt(String id, String version) throws WorkspaceException {
		return storage.lastModified(kept(id, version));
	}

	/** One version of the checklist; the current file when the history does not hold it. */
	public Checklist load(String id, String version) throws WorkspaceException, KansaDataException {
		String kept = kept(id, version);
		if (storage.isFile(kept)) {
			return JsonFiles.read(storage, kept, Checklist.class);
		}
		Checklist current = load(id);
		if (current.version().equals(version)) {
			return current;
		}
		throw new WorkspaceException("チェックリスト '" + id + "' の版 '" + version + "' がありません / no version '"
				+ version + "' of checklist '" + id + "' in " + storage.root() + " (kept versions: "
				+ String.join(", ", versions(id)) + ")");
	}

	private static String current(String id) {
		return FOLDER + "/" + safeId(id) + ".json";
	}

	private static String kept(String id, String version) {
		return FOLDER + "/" + safeId(id) + "/" + safeVersion(version) + ".json";
	}
}
