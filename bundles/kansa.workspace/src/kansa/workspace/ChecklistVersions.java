package kansa.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The history of a workspace checklist: {@code checklists/<id>.json} is the current version and
 * {@code checklists/<id>/<version>.json} keeps every version ever saved, so saving a new version never loses
 * the old one.
 */
final class ChecklistVersions {

	/** Orders versions as people read them: 1.9 before 1.10, 2 before 2.1. */
	static final Comparator<String> ORDER = ChecklistVersions::compare;

	private static final Pattern VERSION_FIELD = Pattern
			.compile("\\A\\s*\\{\\s*\"schemaVersion\"\\s*:\\s*\\d+\\s*,\\s*\"id\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"version\"\\s*:\\s*\"([^\"]*)\"");

	private ChecklistVersions() {
	}

	static Path historyDir(Path checklists, String id) {
		return checklists.resolve(id);
	}

	static List<String> list(Path historyDir) throws IOException {
		List<String> versions = new ArrayList<>();
		if (!Files.isDirectory(historyDir)) {
			return versions;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(historyDir, "*.json")) {
			for (Path f : files) {
				String name = f.getFileName().toString();
				if (!name.startsWith(".")) {
					versions.add(name.substring(0, name.length() - ".json".length()));
				}
			}
		}
		versions.sort(ORDER);
		return versions;
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
