package kansa.workspace;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the versions in a checklist's history ({@link ChecklistStore}) are told apart and ordered. */
final class ChecklistVersions {

	/** Orders versions as people read them: 1.9 before 1.10, 2 before 2.1. */
	static final Comparator<String> ORDER = ChecklistVersions::compare;

	private static final Pattern VERSION_FIELD = Pattern
			.compile("\\A\\s*\\{\\s*\"schemaVersion\"\\s*:\\s*\\d+\\s*,\\s*\"id\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"version\"\\s*:\\s*\"([^\"]*)\"");

	private ChecklistVersions() {
	}

	/**
	 * The version recorded in a file Kansa wrote (its third field), without parsing the rest: even a file that no
	 * longer validates must be kept in the history under its version.
	 */
	static String versionOf(byte[] json) {
		Matcher m = VERSION_FIELD.matcher(new String(json, 0, Math.min(json.length, 4096),
				java.nio.charset.StandardCharsets.UTF_8));
		return m.find() ? m.group(1) : "";
	}

	static int compare(String a, String b) {
		String[] x = a.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
		String[] y = b.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c;
			if (x[i].chars().allMatch(Character::isDigit) && y[i].chars().allMatch(Character::isDigit)
					&& !x[i].isEmpty() && !y[i].isEmpty()) {
				c = new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]));
			} else {
				c = x[i].compareTo(y[i]);
			}
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	}
}
