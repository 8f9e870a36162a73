package kansa.incidents.search.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import kansa.core.incident.Incident;
import kansa.core.json.KansaJson;

/**
 * A hash of everything the index is built from — every incident as JSON, in id order, and the index layout
 * version — so an index built from other data (a changed file, a new library version) is seen to be stale.
 */
public final class Fingerprint {

	private Fingerprint() {
	}

	public static String of(List<Incident> incidents) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(("kansa-incident-index-" + IndexSchema.VERSION + "\n").getBytes());
			incidents.stream().sorted(Comparator.comparing(Incident::id)).forEach(i -> sha.update(KansaJson.write(i)));
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
