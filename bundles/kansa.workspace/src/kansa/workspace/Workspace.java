package kansa.workspace;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.core.checklist.Checklist;
import kansa.core.incident.Incident;
import kansa.core.json.KansaDataException;
import kansa.core.json.KansaJson;
import kansa.workspace.internal.WorkspaceInfo;

/**
 * A workspace: a folder of plain JSON files the user can read, back up and put under version control.
 *
 * <pre>
 * kansa-workspace.json          marks the folder as a workspace
 * checklists/&lt;id&gt;.json          the user's own checklists (current version)       {@link ChecklistStore}
 * checklists/&lt;id&gt;/&lt;version&gt;.json every saved version of them
 * audits/&lt;id&gt;/audit.json        one audit, with its checklist snapshot and results {@link AuditStore}
 * audits/&lt;id&gt;/evidence/...      the audit's evidence files, copied in and hashed   {@link EvidenceStore}
 * audits/&lt;id&gt;/.kansa.lock       locked while a process changes the audit (never deleted)
 * incidents/&lt;id&gt;.json           the user's own incident cases                     {@link IncidentStore}
 * </pre>
 *
 * The workspace holds one store per kind of file; its own methods are shorthands for theirs. Every store reads and
 * writes through one {@link WorkspaceStorage}, so how files are kept on disk is decided in one place. Every write is
 * atomic; a file that cannot be read is reported with its name and position and left untouched. Changes of an audit
 * hold its lock across read, change and write, so concurrent writers lose nothing; nothing is written through a
 * link that leads out of the workspace.
 */
public final class Workspace {

	public static final String MARKER = "kansa-workspace.json";

	private final WorkspaceStorage storage;
	private final ChecklistStore checklists;
	private final AuditStore audits;
	private final EvidenceStore evidence;
	private final IncidentStore incidents;
	private List<Path> removedTemporaryFiles = List.of();

	private Workspace(WorkspaceStorage storage) {
		this.storage = storage;
		this.checklists = new ChecklistStore(storage);
		this.audits = new AuditStore(storage);
		this.evidence = new EvidenceStore(storage, audits);
		this.incidents = new IncidentStore(storage);
	}

	/**
	 * Opens an existing workspace: its marker file is read and validated like every other file, and temporary files
	 * that interrupted saves and evidence copies left behind (no process holds them any more) are removed.
	 */
	public static Workspace open(Path root) throws WorkspaceException {
		Workspace ws = new Workspace(new PlainStorage(root));
		Path marker = ws.root().resolve(MARKER);
		if (!ws.storage.isFile(MARKER)) {
			throw new WorkspaceException(Files.isDirectory(ws.root())
					? ws.root() + " is not a Kansa workspace (it has no " + MARKER + ")"
					: "no Kansa workspace at " + ws.root());
		}
		try {
			KansaJson.read(ws.storage.readAllBytes(MARKER), WorkspaceInfo.class, marker.toString());
		} catch (KansaDataException e) {
			throw new WorkspaceException(e.getMessage(), e);
		}
		ws.removedTemporaryFiles = ws.storage.removeAbandonedTemporaryFiles();
		return ws;
	}

	/** Temporary files of interrupted saves and evidence copies that opening the workspace removed. */
	public List<Path> removedTemporaryFiles() {
		return removedTemporaryFiles;
	}

	/** Opens the workspace, creating it when the folder does not exist or is empty. */
	public static Workspace openOrCreate(Path root) throws WorkspaceException {
		Workspace ws = new Workspace(new PlainStorage(root));
		if (ws.storage.isFile(MARKER)) {
			return open(root);
		}
		if (Files.exists(ws.root()) && !isEmptyDirectory(ws.root())) {
			// never scatter our folders into someone else's files
			throw new WorkspaceException(ws.root() + " exists and is not a Kansa workspace (it has no " + MARKER
					+ "); choose an empty or new folder");
		}
		try {
			for (String dir : List.of(ChecklistStore.FOLDER, AuditStore.FOLDER, IncidentStore.FOLDER)) {
				ws.storage.createFolder(dir);
			}
			ws.storage.write(MARKER, KansaJson.write(new WorkspaceInfo("Kansa", Instant.now())));
		} catch (WorkspaceException e) {
			throw new WorkspaceException("ワークスペースを作成できません / "
					+ "cannot create a workspace at " + ws.root() + ": " + e.getMessage(), e);
		}
		return ws;
	}

	private static boolean isEmptyDirectory(Path dir) {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		} catch (java.io.IOException e) {
			return false;
		}
	}

	public Path root() {
		return storage.root();
	}

	/** The user's own checklists and their kept versions. */
	public ChecklistStore checklists() {
		return checklists;
	}

	/** The audits, each changed under its lock. */
	public AuditStore audits() {
		return audits;
	}

	/** The audits' evidence files. */
	public EvidenceStore evidence() {
		return evidence;
	}

	/** The user's own incident cases. */
	public IncidentStore incidents() {
		return incidents;
	}

	// --- checklists -------------------------------------------------------------------------------------------

	public List<String> checklistIds() throws WorkspaceException {
		return checklists.ids();
	}

	public Checklist loadChecklist(String id) throws WorkspaceException, KansaDataException {
		return checklists.load(id);
	}

	/** @see ChecklistStore#save(Checklist) */
	public void saveChecklist(Checklist checklist) throws WorkspaceException {
		checklists.save(checklist);
	}

	/** @see ChecklistStore#create(Checklist) */
	public void createChecklist(Checklist checklist) throws WorkspaceException {
		checklists.create(checklist);
	}

	/** @see ChecklistStore#createVersion(Checklist) */
	public void createChecklistVersion(Checklist checklist) throws WorkspaceException {
		checklists.createVersion(checklist);
	}

	/** @see ChecklistStore#versions(String) */
	public List<String> checklistVersions(String id) throws WorkspaceException {
		return checklists.versions(id);
	}

	/** @see ChecklistStore#versionSavedAt(String, String) */
	public Optional<Instant> checklistVersionSavedAt(String id, String version) throws WorkspaceException {
		return checklists.versionSavedAt(id, version);
	}

	/** @see ChecklistStore#load(String, String) */
	public Checklist loadChecklist(String id, String version) throws WorkspaceException, KansaDataException {
		return checklists.load(id, version);
	}

	public boolean hasChecklist(String id) {
		return checklists.has(id);
	}

	// --- audits -----------------------------------------------------------------------------------------------

	public List<String> auditIds() throws WorkspaceException {
		return audits.ids();
	}

	public boolean hasAudit(String id) {
		return audits.has(id);
	}

	/** The audit's folder on disk, for files that are not kept through the stores yet (the editor's recovery copy). */
	public Path auditDirectory(String auditId) {
		return root().resolve(AuditStore.folder(auditId));
	}

	/** @see AuditStore#create(Audit) */
	public void createAudit(Audit audit) throws WorkspaceException {
		audits.create(audit);
	}

	public Audit loadAudit(String id) throws WorkspaceException, KansaDataException {
		return audits.load(id);
	}

	/** @see AuditStore#save(Audit) */
	public void saveAudit(Audit audit) throws WorkspaceException {
		audits.save(audit);
	}

	/** @see AuditStore#save(Audit, Audit) */
	public AuditMerge.Result saveAudit(Audit base, Audit mine) throws WorkspaceException {
		return audits.save(base, mine);
	}

	/** A change of an audit, given the audit as it is on disk at that moment. */
	@FunctionalInterface
	public interface AuditChange<X extends Exception> {
		Audit apply(Audit current) throws X;
	}

	/** @see AuditStore#update(String, AuditChange) */
	public <X extends Exception> Audit updateAudit(String id, AuditChange<X> change)
			throws WorkspaceException, KansaDataException, X {
		return audits.update(id, change);
	}

	// --- evidence ---------------------------------------------------------------------------------------------

	/** Records evidence just copied in, given the audit as it is on disk at that moment. */
	@FunctionalInterface
	public interface EvidenceRecord<X extends Exception> {
		Audit apply(Audit current, Evidence added) throws X;
	}

	/**
	 * Copies a file into the audit's evidence folder under a safe, unused name and records its hash. The source is
	 * only read; a partly copied file never stays behind.
	 */
	public Evidence addEvidence(String auditId, Path source, EvidenceKind kind, String caption, LocalDate capturedOn)
			throws WorkspaceException {
		try {
			return evidence.add(auditId, source, kind, caption, capturedOn, (EvidenceRecord<RuntimeException>) null);
		} catch (KansaDataException e) {
			throw new IllegalStateException("no audit is read without a record function", e);
		}
	}

	/** @see EvidenceStore#add(String, Path, EvidenceKind, String, LocalDate, EvidenceRecord) */
	public <X extends Exception> Evidence addEvidence(String auditId, Path source, EvidenceKind kind, String caption,
			LocalDate capturedOn, EvidenceRecord<X> record) throws WorkspaceException, KansaDataException, X {
		return evidence.add(auditId, source, kind, caption, capturedOn, record);
	}

	/** @see EvidenceStore#add(String, String, InputStream, EvidenceKind, String, LocalDate, EvidenceRecord) */
	public Evidence addEvidence(String auditId, String originalName, InputStream content, EvidenceKind kind,
			String caption, LocalDate capturedOn) throws WorkspaceException {
		try {
			return evidence.add(auditId, originalName, content, kind, caption, capturedOn,
					(EvidenceRecord<RuntimeException>) null);
		} catch (KansaDataException e) {
			throw new IllegalStateException("no audit is read without a record function", e);
		}
	}

	/** @see EvidenceStore#unrecorded(String) */
	public List<String> unrecordedEvidence(String auditId) throws WorkspaceException, KansaDataException {
		return evidence.unrecorded(auditId);
	}

	// --- incidents --------------------------------------------------------------------------------------------

	public List<String> incidentIds() throws WorkspaceException {
		return incidents.ids();
	}

	public Incident loadIncident(String id) throws WorkspaceException, KansaDataException {
		return incidents.load(id);
	}

	public void saveIncident(Incident incident) throws WorkspaceException {
		incidents.save(incident);
	}

	/** @see IncidentStore#create(Incident) */
	public void createIncident(Incident incident) throws WorkspaceException {
		incidents.create(incident);
	}

	/**
	 * Folder of the locks that guard a whole store (create-if-absent of a checklist or incident): hidden, so the
	 * store's own folder holds nothing but its files.
	 */
	static final String LOCKS = ".locks";

	/** Whether a version can name a file of a checklist's history (letters, digits, '.', '_', '-'). */
	public static boolean isValidVersion(String version) {
		return Names.isValidVersion(version);
	}

	/**
	 * Whether a new ID or version can become a file name on every platform (the rule every store applies before it
	 * creates a file): not CON, COM¹, {@code con .txt} and the other Windows device names, no trailing dot or space,
	 * no bidi control character. For dialogs to say so before saving.
	 */
	public static boolean isPortableName(String name) {
		return Names.isPortable(name);
	}
}
