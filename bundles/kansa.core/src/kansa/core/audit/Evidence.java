package kansa.core.audit;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import kansa.core.internal.Checks;

/**
 * An evidence file kept inside the audit's folder.
 *
 * @param path         path relative to the audit folder, with '/' separators, e.g. {@code evidence/policy.pdf}
 * @param sha256       SHA-256 of the file when it was attached (lower-case hex), to detect later changes
 * @param size         size in bytes when attached
 * @param kind         document, record, photo, ...
 * @param caption      what the file shows
 * @param originalName the file's name before it was copied in
 * @param capturedOn   when the photo was taken or the record obtained; may be null
 */
public record Evidence(String path, String sha256, long size, EvidenceKind kind, String caption, String originalName,
		LocalDate capturedOn) {

	public Evidence {
		path = checkRelative(path);
		sha256 = Checks.notBlank(sha256, "evidence " + path + ": sha256").toLowerCase(Locale.ROOT);
		if (sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
			throw new IllegalArgumentException("evidence " + path + ": sha256 must be 64 hex digits");
		}
		if (size < 0) {
			throw new IllegalArgumentException("evidence " + path + ": size must not be negative");
		}
		kind = kind == null ? EvidenceKind.OTHER : kind;
		caption = Checks.text(caption);
		originalName = Checks.text(originalName);
	}

	/** Evidence must stay inside the audit folder: no absolute paths, no '..', no backslashes. */
	private static String checkRelative(String path) {
		String p = Checks.notBlank(path, "evidence.path");
		boolean bad = p.startsWith("/") || p.contains("\\") || p.contains(":") || p.endsWith("/");
		for (String part : p.split("/")) {
			bad |= part.isEmpty() || part.equals(".") || part.equals("..");
		}
		if (bad) {
			throw new IllegalArgumentException("evidence.path must be relative to the audit folder: " + path);
		}
		return p;
	}

	public String fileName() {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
