package kansa.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceCheck;
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
 * checklists/&lt;id&gt;.json          the user's own checklists (current version)
 * checklists/&lt;id&gt;/&lt;version&gt;.json every saved version of them
 * audits/&lt;id&gt;/audit.json        one audit, with its checklist snapshot and results
 * audits/&lt;id&gt;/evidence/...      the audit's evidence files, copied in and hashed
 * audits/&lt;id&gt;/.kansa.lock       locked while a process changes the audit (never deleted)
 * incidents/&lt;id&gt;.json           the user's own incident cases
 * </pre>
 *
 * Every write is atomic; a file that cannot be read is reported with its name and position and left untouched.
 * Changes of an audit hold its lock across read, change and write, so concurrent writers lose nothing; nothing is
 * written through a link that leads out of the workspace.
 */
public final class Workspace {

	public static final String MARKER = "kansa-workspace.json";
	static final String AUDIT_FILE = "audit.json";
	static final String EVIDENCE_DIR = "evidence";

	private final Path root;
	private List<Path> removedTemporaryFiles = List.of();

	private Workspace(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/**
	 * Opens an existing workspace: its marker file is read and validated like every other file, and temporary files
	 * that interrupted saves and evidence copies left behind (no process holds them any more) are removed.
	 */
	public static Workspace open(Path root) throws WorkspaceException {
		Workspace ws = new Workspace(root);
		Path marker = ws.root.resolve(MARKER);
		if (!Files.isRegularFile(marker)) {
			throw new WorkspaceException(Files.isDirectory(ws.root)
					? ws.root + " is not a Kansa workspace (it has no " + MARKER + ")"
					: "no Kansa workspace at " + ws.root);
		}
		try {
			KansaJson.read(Files.readAllBytes(marker), WorkspaceInfo.class, marker.toString());
		} catch (KansaDataException e) {
			throw new WorkspaceException(e.getMessage(), e);
		} catch (IOException e) {
			throw new WorkspaceException("cannot read " + marker + ": " + e.getMessage(), e);
		}
		ws.removedTemporaryFiles = ws.removeAbandonedTemporaryFiles();
		return ws;
	}

	/** Temporary files of interrupted saves and evidence copies that opening the workspace removed. */
	public List<Path> removedTemporaryFiles() {
		return removedTemporaryFiles;
	}

	private List<Path> removeAbandonedTemporaryFiles() {
		List<Path> removed = new ArrayList<>();
		// deep enough for audits/<id>/evidence/<file>; links are not followed
		try (Stream<Path> files = Files.walk(root, 4)) {
			files.filter(f -> TempFiles.isTempName(f) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
					.filter(TempFiles::deleteIfAbandoned).forEach(removed::add);
		} catch (IOException | UncheckedIOException e) {
			// a leftover temporary file harms nothing; the next open tries again
		}
		return List.copyOf(removed);
	}

	/** Opens the workspace, creating it when the folder does not exist or is empty. */
	public static Workspace openOrCreate(Path root) throws WorkspaceException {
		Workspace ws = new Workspace(root);
		if (Files.isRegularFile(ws.root.resolve(MARKER))) {
			return open(root);
		}
		if (Files.exists(ws.root) && !isEmptyDirectory(ws.root)) {
			// never scatter our folders into someone else's files
			throw new WorkspaceException(ws.root + " exists and is not a Kansa workspace (it has no " + MARKER
					+ "); choose an empty or new folder");
		}
		try {
			for (String dir : List.of("checklists", "audits", "incidents")) {
				Files.createDirectories(ws.root.resolve(dir));
			}
			AtomicFiles.write(ws.root.resolve(MARKER), KansaJson.write(new WorkspaceInfo("Kansa", Instant.now())));
		} catch (IOException e) {
			throw new WorkspaceException("cannot create a workspace at " + ws.root + ": " + e.getMessage(), e);
		}
		return ws;
	}

	private static boolean isEmptyDirectory(Path dir) {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	public Path root() {
		return root;
	}

	// --- checklists -------------------------------------------------------------------------------------------

	public List<String> checklistIds() throws WorkspaceException {
		return jsonStems(root.resolve("checklists"));
	}

	public Checklist loadChecklist(String id) throws WorkspaceException, KansaDataException {
		return read(checklistFile(id), Checklist.class);
	}

	/**
	 * Saves the checklist as the current version. When the current file holds another version, that version is
	 * kept in {@code checklists/<id>/<version>.json} first; every saved version is also written there, so the
	 * history is complete. Saving the same version again replaces it (a draft being edited).
	 */
	public void saveChecklist(Checklist checklist) throws WorkspaceException {
		Path current = checklistFile(checklist.id());
		Path history = ChecklistVersions.historyDir(root.resolve("checklists"), safeId(checklist.id()));
		if (!Files.exists(current)) {
			checkPortable(checklist.id(), "ID");
		}
		if (!Files.exists(history.resolve(safeVersion(checklist.version()) + ".json"))) {
			checkPortable(checklist.version(), "version");
		}
		try {
			if (Files.isRegularFile(current)) {
				byte[] old = Files.readAllBytes(current);
				String oldVersion = ChecklistVersions.versionOf(old);
				if (!oldVersion.isEmpty() && !oldVersion.equals(checklist.version())) {
					Path keep = history.resolve(safeVersion(oldVersion) + ".json");
					if (!Files.exists(keep)) {
						AtomicFiles.write(keep, old);
					}
				}
			}
		} catch (IOException e) {
			throw new WorkspaceException("cannot keep the previous version of " + current + ": " + e.getMessage(), e);
		}
		write(history.resolve(safeVersion(checklist.version()) + ".json"), checklist);
		write(current, checklist);
	}

	/** Versions of a workspace checklist kept in its history, oldest first (1.9 before 1.10). */
	public List<String> checklistVersions(String id) throws WorkspaceException {
		Path history = ChecklistVersions.historyDir(root.resolve("checklists"), safeId(id));
		try {
			return ChecklistVersions.list(history);
		} catch (IOException e) {
			throw new WorkspaceException("cannot list " + history + ": " + e.getMessage(), e);
		}
	}

	/**
	 * When a kept version was last written (its history file's time), for the version list of the history view;
	 * empty when the history does not hold that version.
	 */
	public Optional<Instant> checklistVersionSavedAt(String id, String version) throws WorkspaceException {
		Path kept = ChecklistVersions.historyDir(root.resolve("checklists"), safeId(id))
				.resolve(safeVersion(version) + ".json");
		try {
			return Files.isRegularFile(kept) ? Optional.of(Files.getLastModifiedTime(kept).toInstant())
					: Optional.empty();
		} catch (IOException e) {
			throw new WorkspaceException("cannot read the time of " + kept + ": " + e.getMessage(), e);
		}
	}

	/** One version of a workspace checklist; the current file when the history does not hold it. */
	public Checklist loadChecklist(String id, String version) throws WorkspaceException, KansaDataException {
		Path kept = ChecklistVersions.historyDir(root.resolve("checklists"), safeId(id))
				.resolve(safeVersion(version) + ".json");
		if (Files.isRegularFile(kept)) {
			return read(kept, Checklist.class);
		}
		Checklist current = loadChecklist(id);
		if (current.version().equals(version)) {
			return current;
		}
		throw new WorkspaceException("no version '" + version + "' of checklist '" + id + "' in " + root
				+ " (kept versions: " + String.join(", ", checklistVersions(id)) + ")");
	}

	public boolean hasChecklist(String id) {
		return Files.isRegularFile(checklistFile(id));
	}

	private Path checklistFile(String id) {
		return root.resolve("checklists").resolve(safeId(id) + ".json");
	}

	// --- audits -----------------------------------------------------------------------------------------------

	public List<String> auditIds() throws WorkspaceException {
		List<String> ids = new ArrayList<>();
		Path audits = root.resolve("audits");
		if (!Files.isDirectory(audits)) {
			return ids;
		}
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(audits, Files::isDirectory)) {
			for (Path dir : dirs) {
				if (Files.isRegularFile(dir.resolve(AUDIT_FILE))) {
					ids.add(dir.getFileName().toString());
				}
			}
		} catch (IOException e) {
			throw new WorkspaceException("cannot list " + audits + ": " + e.getMessage(), e);
		}
		ids.sort(null);
		return ids;
	}

	public boolean hasAudit(String id) {
		return Files.isRegularFile(auditDirectory(id).resolve(AUDIT_FILE));
	}

	public Path auditDirectory(String auditId) {
		return root.resolve("audits").resolve(safeId(auditId));
	}

	public Audit loadAudit(String id) throws WorkspaceException, KansaDataException {
		if (!hasAudit(id)) {
			throw new WorkspaceException("監査 '" + id + "' がありません / no audit '" + id + "' in " + root
					+ " (kansa audit list shows the audits)");
		}
		return read(auditDirectory(id).resolve(AUDIT_FILE), Audit.class);
	}

	/** Writes the audit, under its folder's lock so that it never lands in the middle of another writer's change. */
	public void saveAudit(Audit audit) throws WorkspaceException {
		if (!hasAudit(audit.id())) {
			checkPortable(audit.id(), "ID");
		}
		try (FolderLock lock = lockAudit(audit.id())) {
			write(auditDirectory(audit.id()).resolve(AUDIT_FILE), audit);
		}
	}

	/**
	 * Saves an audit edited since it was read as {@code base} without dropping what another writer saved meanwhile:
	 * under the audit's lock, when the file no longer holds {@code base}, the two are merged ({@link AuditMerge});
	 * where both changed the same result, {@code mine} is kept and the result says so.
	 *
	 * @throws WorkspaceException when the other writer's file cannot be read or merged; nothing is written then
	 */
	public AuditMerge.Result saveAudit(Audit base, Audit mine) throws WorkspaceException {
		Path file = auditDirectory(mine.id()).resolve(AUDIT_FILE);
		try (FolderLock lock = lockAudit(mine.id())) {
			Audit onDisk = Files.isRegularFile(file) ? read(file, Audit.class) : base;
			AuditMerge.Result merged = onDisk.equals(base) ? new AuditMerge.Result(mine, List.of(), 0)
					: AuditMerge.merge(base, mine, onDisk);
			write(file, merged.audit());
			return merged;
		} catch (KansaDataException e) {
			throw new WorkspaceException("保存できません: 別のプログラムが保存したファイルを読めません / cannot save: the file another "
					+ "program saved cannot be read: " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new WorkspaceException("保存できません: 別のプログラムの変更と統合できません / cannot save: the changes saved by "
					+ "another program cannot be merged with yours (" + e.getMessage() + ")", e);
		}
	}

	/** A change of an audit, given the audit as it is on disk at that moment. */
	@FunctionalInterface
	public interface AuditChange<X extends Exception> {
		Audit apply(Audit current) throws X;
	}

	/**
	 * Reads the audit, applies the change and writes the result, holding the audit folder's lock throughout, so a
	 * change made meanwhile by another process (another {@code kansa} command, the workbench) is never overwritten:
	 * the change always sees the latest file. Nothing is written when the change returns the audit unchanged or
	 * throws.
	 *
	 * @return the audit as written
	 */
	public <X extends Exception> Audit updateAudit(String id, AuditChange<X> change)
			throws WorkspaceException, KansaDataException, X {
		if (!hasAudit(id)) {
			throw new WorkspaceException("no audit '" + id + "' in " + root + " (kansa audit list shows the audits)");
		}
		try (FolderLock lock = lockAudit(id)) {
			Audit current = loadAudit(id);
			Audit next = change.apply(current);
			if (!next.id().equals(current.id())) {
				throw new IllegalArgumentException("a change of audit " + id + " cannot rename it to " + next.id());
			}
			if (!next.equals(current)) {
				write(auditDirectory(id).resolve(AUDIT_FILE), next);
			}
			return next;
		}
	}

	/** Records evidence just copied in, given the audit as it is on disk at that moment. */
	@FunctionalInterface
	public interface EvidenceRecord<X extends Exception> {
		Audit apply(Audit current, Evidence added) throws X;
	}

	private FolderLock lockAudit(String id) throws WorkspaceException {
		refuseLinksOut(auditDirectory(id));
		return FolderLock.acquire(auditDirectory(id), "監査 " + id + " / audit " + id);
	}

	/**
	 * Copies a file into the audit's evidence folder under a safe, unused name and records its hash. The source is
	 * only read; a partly copied file never stays behind.
	 */
	public Evidence addEvidence(String auditId, Path source, EvidenceKind kind, String caption, LocalDate capturedOn)
			throws WorkspaceException {
		try {
			return addEvidence(auditId, source, kind, caption, capturedOn, (EvidenceRecord<RuntimeException>) null);
		} catch (KansaDataException e) {
			throw new IllegalStateException("no audit is read without a record function", e);
		}
	}

	/**
	 * Copies a file into the audit's evidence folder and records it in the audit in one step under the audit's lock:
	 * {@code record} gets the audit as it is on disk and the new evidence, and returns the audit to save. When
	 * recording fails the copied file is removed again, so no file is left that the audit does not know.
	 */
	public <X extends Exception> Evidence addEvidence(String auditId, Path source, EvidenceKind kind, String caption,
			LocalDate capturedOn, EvidenceRecord<X> record) throws WorkspaceException, KansaDataException, X {
		if (!Files.isRegularFile(source)) {
			throw new WorkspaceException("証跡ファイルがありません / evidence file not found: " + source);
		}
		if (record != null && isInEvidenceFolder(auditId, source)) {
			return recordInPlace(auditId, source, kind, caption, capturedOn, record);
		}
		try (InputStream in = Files.newInputStream(source)) {
			return addEvidence(auditId, source.getFileName().toString(), in, kind, caption, capturedOn, record);
		} catch (IOException e) {
			throw new WorkspaceException("cannot read evidence file " + source + ": " + e.getMessage(), e);
		}
	}

	public Evidence addEvidence(String auditId, String originalName, InputStream content, EvidenceKind kind,
			String caption, LocalDate capturedOn) throws WorkspaceException {
		try {
			return addEvidence(auditId, originalName, content, kind, caption, capturedOn,
					(EvidenceRecord<RuntimeException>) null);
		} catch (KansaDataException e) {
			throw new IllegalStateException("no audit is read without a record function", e);
		}
	}

	private <X extends Exception> Evidence addEvidence(String auditId, String originalName, InputStream content,
			EvidenceKind kind, String caption, LocalDate capturedOn, EvidenceRecord<X> record)
			throws WorkspaceException, KansaDataException, X {
		if (record != null && !hasAudit(auditId)) {
			throw new WorkspaceException("no audit '" + auditId + "' in " + root + " (kansa audit list shows the audits)");
		}
		Path dir = auditDirectory(auditId).resolve(EVIDENCE_DIR);
		try {
			refuseLinksOut(dir);
			if (Files.isSymbolicLink(dir)) {
				throw new WorkspaceException(dir + ": 証跡フォルダがリンクのため書き込みません / the evidence folder is a link; "
						+ "Kansa does not write through it (replace it with a real folder)");
			}
			Files.createDirectories(dir);
			// copied outside the audit's lock (it may take long); only naming, moving and recording hold it. The
			// temporary file is locked until moved into place, so a cleanup can tell it from an abandoned one.
			Path temp = null;
			try (TempFiles.Locked incoming = TempFiles.create(dir, ".incoming.")) {
				temp = incoming.path;
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				try (InputStream in = new DigestInputStream(content, sha)) {
					in.transferTo(Channels.newOutputStream(incoming.channel));
				}
				try (FolderLock lock = lockAudit(auditId)) {
					Audit audit = record == null ? null : loadAudit(auditId);
					Path target = unusedName(dir, FileNames.sanitize(originalName));
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
					Evidence evidence = new Evidence(EVIDENCE_DIR + "/" + target.getFileName(),
							HexFormat.of().formatHex(sha.digest()), Files.size(target), kind, caption, originalName,
							capturedOn);
					if (record != null) {
						boolean recorded = false;
						try {
							write(auditDirectory(auditId).resolve(AUDIT_FILE), record.apply(audit, evidence));
							recorded = true;
						} finally {
							if (!recorded) {
								Files.deleteIfExists(target);
							}
						}
					}
					return evidence;
				}
			} finally {
				if (temp != null) {
					Files.deleteIfExists(temp);
				}
			}
		} catch (IOException e) {
			throw new WorkspaceException("cannot copy evidence into " + dir + ": " + e.getMessage(), e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/**
	 * Files in the audit's evidence folder that the audit does not record, e.g. one copied in just before a crash or
	 * one put there by hand: paths relative to the audit folder, like recorded ones, sorted.
	 */
	public List<String> unrecordedEvidence(String auditId) throws WorkspaceException, KansaDataException {
		Audit audit = loadAudit(auditId);
		Set<String> recorded = new HashSet<>();
		audit.evidence().forEach(e -> recorded.add(e.evidence().path()));
		Path dir = auditDirectory(auditId).resolve(EVIDENCE_DIR);
		List<String> unrecorded = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return unrecorded;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
			for (Path f : files) {
				String name = f.getFileName().toString();
				// dot files are Kansa's own temporary files (evidence names never start with a dot)
				if (!name.startsWith(".") && !recorded.contains(EVIDENCE_DIR + "/" + name)) {
					unrecorded.add(EVIDENCE_DIR + "/" + name);
				}
			}
		} catch (IOException e) {
			throw new WorkspaceException("cannot list " + dir + ": " + e.getMessage(), e);
		}
		unrecorded.sort(null);
		return unrecorded;
	}

	private boolean isInEvidenceFolder(String auditId, Path source) {
		Path dir = auditDirectory(auditId).resolve(EVIDENCE_DIR);
		try {
			return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(source)
					&& dir.toRealPath().equals(source.toRealPath().getParent());
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * Records a file already in the evidence folder but not in the audit (copied in before a crash, or put there by
	 * hand) where it is, instead of copying it beside itself.
	 */
	private <X extends Exception> Evidence recordInPlace(String auditId, Path file, EvidenceKind kind, String caption,
			LocalDate capturedOn, EvidenceRecord<X> record) throws WorkspaceException, KansaDataException, X {
		String name = file.getFileName().toString();
		if (!FileNames.sanitize(name).equals(name)) {
			throw new WorkspaceException(file + ": 安全でない名前のため記録しません。名前を変えてから添付してください / not a safe "
					+ "name for evidence (" + FileNames.sanitize(name) + " would be); rename it, then attach it");
		}
		try (FolderLock lock = lockAudit(auditId)) {
			Audit audit = loadAudit(auditId);
			String path = EVIDENCE_DIR + "/" + name;
			if (audit.evidence().stream().anyMatch(e -> e.evidence().path().equals(path))) {
				throw new WorkspaceException(path + " は記録済みです / is already recorded in audit " + auditId);
			}
			Evidence evidence = new Evidence(path, EvidenceCheck.sha256(file), Files.size(file), kind, caption, name,
					capturedOn);
			write(auditDirectory(auditId).resolve(AUDIT_FILE), record.apply(audit, evidence));
			return evidence;
		} catch (IOException e) {
			throw new WorkspaceException("cannot read evidence file " + file + ": " + e.getMessage(), e);
		}
	}

	private static Path unusedName(Path dir, String name) {
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String ext = dot > 0 ? name.substring(dot) : "";
		Path candidate = dir.resolve(name);
		for (int n = 2; Files.exists(candidate); n++) {
			candidate = dir.resolve(stem + "-" + n + ext);
		}
		return candidate;
	}

	// --- incidents --------------------------------------------------------------------------------------------

	public List<String> incidentIds() throws WorkspaceException {
		return jsonStems(root.resolve("incidents"));
	}

	public Incident loadIncident(String id) throws WorkspaceException, KansaDataException {
		return read(root.resolve("incidents").resolve(safeId(id) + ".json"), Incident.class);
	}

	public void saveIncident(Incident incident) throws WorkspaceException {
		if (!Files.exists(root.resolve("incidents").resolve(safeId(incident.id()) + ".json"))) {
			checkPortable(incident.id(), "ID");
		}
		write(root.resolve("incidents").resolve(safeId(incident.id()) + ".json"), incident);
	}

	// --- files ------------------------------------------------------------------------------------------------

	private <T> T read(Path file, Class<T> type) throws WorkspaceException, KansaDataException {
		// read through the bounded reader: a huge (or endless) file is refused, not loaded into memory
		try (InputStream in = Files.newInputStream(file)) {
			return KansaJson.read(in, type, root.relativize(file).toString());
		} catch (NoSuchFileException e) {
			throw new WorkspaceException("not found: " + file);
		} catch (IOException e) {
			throw new WorkspaceException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	private void write(Path file, Object value) throws WorkspaceException {
		refuseLinksOut(file.getParent());
		try {
			AtomicFiles.write(file, KansaJson.write(value));
		} catch (IOException e) {
			throw new WorkspaceException("cannot save " + file + ": " + e.getMessage(), e);
		}
	}

	/** Refuses to write into a folder that links lead out of the workspace (nothing may escape it). */
	private void refuseLinksOut(Path dir) throws WorkspaceException {
		// a folder not there yet is created in its nearest existing ancestor: that one must be inside
		Path existing = dir;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return;
		}
		try {
			Path real = existing.toRealPath();
			if (!real.startsWith(root.toRealPath())) {
				throw new WorkspaceException(dir + ": リンクでワークスペースの外 (" + real + ") を指しているため書き込みません / "
						+ "links lead out of the workspace (to " + real + "); Kansa does not write there");
			}
		} catch (IOException e) {
			throw new WorkspaceException("cannot read " + root + ": " + e.getMessage(), e);
		}
	}

	private static List<String> jsonStems(Path dir) throws WorkspaceException {
		List<String> ids = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return ids;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
			for (Path f : files) {
				String name = f.getFileName().toString();
				if (!name.startsWith(".")) {
					ids.add(name.substring(0, name.length() - ".json".length()));
				}
			}
		} catch (IOException e) {
			throw new WorkspaceException("cannot list " + dir + ": " + e.getMessage(), e);
		}
		ids.sort(null);
		return ids;
	}

	/** Whether a version can name a file of a checklist's history (letters, digits, '.', '_', '-'). */
	public static boolean isValidVersion(String version) {
		return version != null && version.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}") && !version.contains("..");
	}

	/** Versions become file names in a checklist's history. */
	private static String safeVersion(String version) {
		if (!isValidVersion(version)) {
			throw new IllegalArgumentException("not a valid version for a file name (letters, digits, '.', '_', '-'): "
					+ version);
		}
		return version;
	}

	/** Ids become file names: the model's id rule already excludes separators; this guards against bypass. */
	private static String safeId(String id) {
		if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}") || id.contains("..")) {
			throw new IllegalArgumentException("not a valid id: " + id);
		}
		return id;
	}

	/**
	 * Names of new files and folders must work on every platform, since a workspace made on Linux may be synced to
	 * or opened on Windows; existing ones stay readable.
	 */
	private static void checkPortable(String name, String what) {
		if (FileNames.isReservedOnWindows(name) || name.endsWith(".")) {
			throw new IllegalArgumentException(what + " '" + name + "' は Windows で使えない名前です / " + what + " '" + name
					+ "' cannot name a file on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, CONIN$, CONOUT$, "
					+ "or a trailing dot)");
		}
	}
}
