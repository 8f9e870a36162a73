package kansa.core.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes evidence files and compares them with the hash recorded when they were attached. */
public final class EvidenceCheck {

	private EvidenceCheck() {
	}

	/** SHA-256 of a file, lower-case hex. */
	public static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * Checks one evidence file of an audit.
	 *
	 * @param auditDirectory the audit's folder; null means the files are not available to check
	 */
	public static EvidenceStatus check(Path auditDirectory, Evidence evidence) {
		if (auditDirectory == null) {
			return EvidenceStatus.NOT_CHECKED;
		}
		Path file = auditDirectory.resolve(evidence.path()).normalize();
		if (!file.startsWith(auditDirectory.normalize()) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return EvidenceStatus.MISSING;
		}
		try {
			// Kansa copies evidence in as plain files: a link (the file or a folder on its way) was put there
			// afterwards, and may show an identical copy while the original is replaced
			if (Files.isSymbolicLink(file) || !file.toRealPath().startsWith(auditDirectory.toRealPath())) {
				return EvidenceStatus.CHANGED;
			}
			if (!Files.isRegularFile(file)) {
				return EvidenceStatus.MISSING;
			}
			return sha256(file).equals(evidence.sha256()) ? EvidenceStatus.INTACT : EvidenceStatus.CHANGED;
		} catch (IOException e) {
			return EvidenceStatus.MISSING;
		}
	}
}
