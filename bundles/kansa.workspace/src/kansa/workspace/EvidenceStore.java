package kansa.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.core.json.KansaDataException;

/**
 * The audits' evidence files: {@code audits/<id>/evidence/...}, copied in under a safe name no other file has,
 * hashed, and recorded in the audit under its lock.
 */
public final class EvidenceStore {

	static final String FOLDER = "evidence";

	private final WorkspaceStorage storage;
	private final AuditStore audits;

	EvidenceStore(WorkspaceStorage storage, AuditStore audits) {
		this.storage = storage;
		this.audits = audits;
	}

	/**
	 * Copies a file into the audit's evidence folder and, when {@code record} is given, records it in the audit in
	 * one step under the audit's lock: {@code record} gets the audit as it is on disk and the new evidence, and
	 * returns the audit to save. When recording fails the copied file is removed again, so no file is left that the
	 * audit does not know. A file already in the evidence folder but not recorded is recorded where it is.
	 */
	public <X extends Exception> Evidence add(String auditId, Path source, EvidenceKind kind, String caption,
			LocalDate capturedOn, Workspace.EvidenceRecord<X> record) throws WorkspaceException, KansaDataException, X {
		if (!Files.isRegularFile(source)) {
			throw new WorkspaceException("証跡ファイルがありません / evidence file not found: " + source);
		}
		if (record != null) {
			Optional<String> inPlace = storage.pathOf(source).filter(p -> p.equals(folder(auditId) + "/"
					+ source.getFileName()));
			if (inPlace.isPresent()) {
				return recordInPlace(auditId, source, kind, caption, capturedOn, record);
			}
		}
		try (InputStream in = Files.newInputStream(source)) {
			return add(auditId, source.getFileName().toString(), in, kind, caption, capturedOn, record);
		} catch (IOException e) {
			throw new WorkspaceException("証跡ファイルを読めません / "
					+ "cannot read evidence file " + source + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Copies content into the audit's evidence folder under the original name made safe, or that name numbered
	 * ({@code 記録-2.pdf}) when it is taken; see {@link #add(String, Path, EvidenceKind, String, LocalDate,
	 * Workspace.EvidenceRecord)} for {@code record}, which may be null.
	 */
	public <X extends Exception> Evidence add(String auditId, String originalName, InputStream content,
			EvidenceKind kind, String caption, LocalDate capturedOn, Workspace.EvidenceRecord<X> record)
			throws WorkspaceException, KansaDataException, X {
		if (record != null && !audits.has(auditId)) {
			throw new WorkspaceException("監査 '" + auditId + "' がありません / no audit '" + auditId + "' in "
					+ storage.root() + " (kansa audit list shows the audits)");
		}
		String dir = folder(auditId);
		MessageDigest sha = sha256();
		// copied outside the audit's lock (it may take long); only naming and recording hold it
		try (WorkspaceStorage.NewFile incoming = storage.create(dir)) {
			long size;
			try (InputStream in = new DigestInputStream(content, sha)) {
				size = in.transferTo(incoming.content());
			} catch (IOException e) {
				throw new WorkspaceException("証跡をコピーできません / "
						+ "cannot copy evidence into " + storage.describe(dir) + ": " + e.getMessage(),
						e);
			}
			try (WorkspaceStorage.Lock lock = audits.lock(auditId)) {
				Audit audit = record == null ? null : audits.load(auditId);
				String name = publish(incoming, FileNames.sanitize(originalName));
				Evidence evidence = new Evidence(FOLDER + "/" + name, HexFormat.of().formatHex(sha.digest()), size, kind,
						caption, originalName, capturedOn);
				if (record != null) {
					boolean recorded = false;
					try {
						audits.write(record.apply(audit, evidence));
						recorded = true;
					} finally {
						if (!recorded) {
							storage.delete(dir + "/" + name);
						}
					}
				}
				return evidence;
			}
		}
	}

	/**
	 * Gives the new file the name, or the first numbered one no file has. The claim itself refuses a taken name, so
	 * a file that arrives at the same moment (another process, a sync tool) is never replaced, lock or no lock.
	 */
	private static String publish(WorkspaceStorage.NewFile incoming, String name) throws WorkspaceException {
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String ext = dot > 0 ? name.substring(dot) : "";
		String candidate = name;
		for (int n = 2; !incoming.publish(candidate); n++) {
			candidate = stem + "-" + n + ext;
		}
		return candidate;
	}

	/**
	 * Files in the audit's evidence folder that the audit does not record, e.g. one copied in just before a crash or
	 * one put there by hand: paths relative to the audit folder, like recorded ones, sorted.
	 */
	public List<String> unrecorded(String auditId) throws WorkspaceException, KansaDataException {
		Audit audit = audits.load(auditId);
		Set<String> recorded = new HashSet<>();
		audit.evidence().forEach(e -> recorded.add(e.evidence().path()));
		// evidence names never start with a dot: the storage's own files are not listed
		return storage.list(folder(auditId)).stream().map(name -> FOLDER + "/" + name)
				.filter(path -> !recorded.contains(path)).toList();
	}

	/**
	 * Records a file already in the evidence folder but not in the audit (copied in before a crash, or put there by
	 * hand) where it is, instead of copying it beside itself.
	 */
	private <X extends Exception> Evidence recordInPlace(String auditId, Path file, EvidenceKind kind, String caption,
			LocalDate capturedOn, Workspace.EvidenceRecord<X> record) throws WorkspaceException, KansaDataException, X {
		String name = file.getFileName().toString();
		if (!FileNames.sanitize(name).equals(name)) {
			throw new WorkspaceException(file + ": 安全でない名前のため記録しません。名前を変えてから添付してください / not a safe "
					+ "name for evidence (" + FileNames.sanitize(name) + " would be); rename it, then attach it");
		}
		try (WorkspaceStorage.Lock lock = audits.lock(auditId)) {
			Audit audit = audits.load(auditId);
			String path = FOLDER + "/" + name;
			if (audit.evidence().stream().anyMatch(e -> e.evidence().path().equals(path))) {
				throw new WorkspaceException(path + " は記録済みです / is already recorded in audit " + auditId);
			}
			MessageDigest sha = sha256();
			long size;
			String stored = folder(auditId) + "/" + name;
			try (InputStream in = new DigestInputStream(storage.read(stored), sha)) {
				size = in.transferTo(OutputStream.nullOutputStream());
			} catch (IOException e) {
				throw new WorkspaceException("証跡ファイルを読めません / "
						+ "cannot read evidence file " + file + ": " + e.getMessage(), e);
			}
			Evidence evidence = new Evidence(path, HexFormat.of().formatHex(sha.digest()), size, kind, caption, name,
					capturedOn);
			audits.write(record.apply(audit, evidence));
			return evidence;
		}
	}

	private static String folder(String auditId) {
		return AuditStore.folder(auditId) + "/" + FOLDER;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
