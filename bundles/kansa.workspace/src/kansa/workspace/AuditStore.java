package kansa.workspace;

import static kansa.workspace.Names.checkPortable;
import static kansa.workspace.Names.safeId;

import java.util.ArrayList;
import java.util.List;

import kansa.core.audit.Audit;
import kansa.core.json.KansaDataException;

/**
 * The audits: {@code audits/<id>/audit.json}, each with its checklist snapshot and results. Every change of an audit
 * holds the audit folder's lock across read, change and write, so concurrent writers (another {@code kansa} command,
 * the workbench) lose nothing.
 */
public final class AuditStore {

	static final String FOLDER = "audits";
	static final String FILE = "audit.json";

	private final WorkspaceStorage storage;

	AuditStore(WorkspaceStorage storage) {
		this.storage = storage;
	}

	public List<String> ids() throws WorkspaceException {
		List<String> ids = new ArrayList<>();
		for (String name : storage.list(FOLDER)) {
			if (storage.isFile(FOLDER + "/" + name + "/" + FILE)) {
				ids.add(name);
			}
		}
		return ids;
	}

	public boolean has(String id) {
		return storage.isFile(file(id));
	}

	public Audit load(String id) throws WorkspaceException, KansaDataException {
		if (!has(id)) {
			throw new WorkspaceException("監査 '" + id + "' がありません / no audit '" + id + "' in " + storage.root()
					+ " (kansa audit list shows the audits)");
		}
		return JsonFiles.read(storage, file(id), Audit.class);
	}

	/** Writes the audit, under its folder's lock so that it never lands in the middle of another writer's change. */
	public void save(Audit audit) throws WorkspaceException {
		if (!has(audit.id())) {
			checkPortable(audit.id(), "ID");
		}
		try (WorkspaceStorage.Lock lock = lock(audit.id())) {
			write(audit);
		}
	}

	/**
	 * Saves a new audit under an ID no audit has yet; the check and the write happen under the audit's lock, so of
	 * two processes creating the same ID at once exactly one succeeds and the other is refused.
	 */
	public void create(Audit audit) throws WorkspaceException {
		checkPortable(audit.id(), "ID");
		try (WorkspaceStorage.Lock lock = lock(audit.id())) {
			if (has(audit.id())) {
				throw new WorkspaceException("監査 '" + audit.id() + "' は既にあります / an audit '" + audit.id()
						+ "' already exists in " + storage.root());
			}
			write(audit);
		}
	}

	/**
	 * Saves an audit edited since it was read as {@code base} without dropping what another writer saved meanwhile:
	 * under the audit's lock, when the file no longer holds {@code base}, the two are merged ({@link AuditMerge});
	 * where both changed the same result, {@code mine} is kept and the result says so.
	 *
	 * @throws WorkspaceException when the other writer's file cannot be read or merged; nothing is written then
	 */
	public AuditMerge.Result save(Audit base, Audit mine) throws WorkspaceException {
		safeId(mine.id()); // an invalid id is the caller's error, not a failed merge
		try (WorkspaceStorage.Lock lock = lock(mine.id())) {
			Audit onDisk = has(mine.id()) ? JsonFiles.read(storage, file(mine.id()), Audit.class) : base;
			AuditMerge.Result merged = onDisk.equals(base) ? new AuditMerge.Result(mine, List.of(), 0)
					: AuditMerge.merge(base, mine, onDisk);
			write(merged.audit());
			return merged;
		} catch (KansaDataException e) {
			throw new WorkspaceException("保存できません: 別のプログラムが保存したファイルを読めません / cannot save: the file another "
					+ "program saved cannot be read: " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new WorkspaceException("保存できません: 別のプログラムの変更と統合できません / cannot save: the changes saved by "
					+ "another program cannot be merged with yours (" + e.getMessage() + ")", e);
		}
	}

	/**
	 * Reads the audit, applies the change and writes the result, holding the audit folder's lock throughout, so a
	 * change made meanwhile by another process is never overwritten: the change always sees the latest file.
	 * Nothing is written when the change returns the audit unchanged or throws.
	 *
	 * @return the audit as written
	 */
	public <X extends Exception> Audit update(String id, Workspace.AuditChange<X> change)
			throws WorkspaceException, KansaDataException, X {
		if (!has(id)) {
			throw new WorkspaceException("監査 '" + id + "' がありません / no audit '" + id + "' in "
					+ storage.root() + " (kansa audit list shows the audits)");
		}
		try (WorkspaceStorage.Lock lock = lock(id)) {
			Audit current = load(id);
			Audit next = change.apply(current);
			if (!next.id().equals(current.id())) {
				throw new IllegalArgumentException("a change of audit " + id + " cannot rename it to " + next.id());
			}
			if (!next.equals(current)) {
				write(next);
			}
			return next;
		}
	}

	/** The audit folder's lock, held by every writer of the audit or of its evidence folder. */
	WorkspaceStorage.Lock lock(String id) throws WorkspaceException {
		return storage.lock(folder(id), "監査 " + id + " / audit " + id);
	}

	/** Writes the audit's file; the caller holds the audit's lock. */
	void write(Audit audit) throws WorkspaceException {
		JsonFiles.write(storage, file(audit.id()), audit);
	}

	static String folder(String id) {
		return FOLDER + "/" + safeId(id);
	}

	private static String file(String id) {
		return folder(id) + "/" + FILE;
	}
}
