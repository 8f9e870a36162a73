package kansa.core.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The manifest rule of README "Manifests: one rule for every bundle", as code. It reads the source files of a
 * bundle folder (META-INF/MANIFEST.MF, build.properties, about.html, src/) and names every breach; the build
 * fails on any. Kept free of OSGi and Tycho APIs so that a bundle breaks the rule the same way in the IDE, in
 * the build and in a unit test on a sample string.
 */
final class BundleRules {

	/** The source files of one bundle folder, or a sample of them. */
	record Bundle(String folder, String manifest, String buildProperties, String aboutHtml, Set<String> files,
			Set<String> sourcePackages, boolean hasComponents) {

		static Bundle read(Path dir) throws IOException {
			Set<String> files = new java.util.TreeSet<>();
			try (Stream<Path> top = Files.list(dir)) {
				top.forEach(p -> files.add(dir.relativize(p).toString() + (Files.isDirectory(p) ? "/" : "")));
			}
			Set<String> packages = new java.util.TreeSet<>();
			boolean components = false;
			Path src = dir.resolve("src");
			if (Files.isDirectory(src)) {
				try (Stream<Path> all = Files.walk(src)) {
					for (Path p : (Iterable<Path>) all.filter(f -> f.toString().endsWith(".java"))::iterator) {
						packages.add(src.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.'));
						components |= COMPONENT.matcher(Files.readString(p)).find();
					}
				}
			}
			return new Bundle(dir.getFileName().toString(), text(dir.resolve("META-INF/MANIFEST.MF")),
					text(dir.resolve("build.properties")), text(dir.resolve("about.html")), files, packages, components);
		}

		private static String text(Path file) throws IOException {
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
		}
	}

	private static final Pattern COMPONENT = Pattern
			.compile("(?m)^import org\\.osgi\\.service\\.component\\.annotations\\.(Component|\\*);");
	/** Packages of the Java runtime: the JRE exports them without a version. */
	private static final Predicate<String> JDK = Pattern.compile("^(java|javax|org\\.w3c|org\\.xml|org\\.ietf)\\..*")
			.asMatchPredicate();
	private static final Pattern RANGE = Pattern.compile("\\[\\d+(\\.\\d+){0,2},\\d+(\\.\\d+){0,2}\\)");
	private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
	private static final Pattern BUNDLE_VERSION = Pattern.compile("(\\d+\\.\\d+\\.\\d+)\\.qualifier");
	private static final String LICENSE = "AGPL-3.0-or-later";

	/** Third-party content a bundle uses, by package prefix or file, and the name its about.html must give. */
	private static final Map<String, String> THIRD_PARTY = Map.of(
			"com.itextpdf", "iText",
			"org.apache.poi", "Apache POI",
			"org.apache.lucene", "Apache Lucene",
			"com.fasterxml.jackson", "Jackson",
			"fonts/ipaex", "IPA Font License",
			"fonts/Noto", "SIL Open Font License");

	private BundleRules() {
	}

	/** Every breach of the rule in one bundle; {@code all} are the bundles it may import from. */
	static List<String> check(Bundle b, Map<String, Bundle> all) {
		List<String> out = new ArrayList<>();
		if (b.manifest() == null) {
			out.add(b.folder() + ": no META-INF/MANIFEST.MF");
			return out;
		}
		Map<String, String> h = headers(b, out);
		String name = clauses(h.get("Bundle-SymbolicName")).stream().map(BundleRules::head).findFirst().orElse("");
		if (!name.equals(b.folder())) {
			out.add(b.folder() + ": Bundle-SymbolicName " + name + " is not the folder name");
		}
		Matcher bv = BUNDLE_VERSION.matcher(h.getOrDefault("Bundle-Version", ""));
		if (!bv.matches()) {
			out.add(b.folder() + ": Bundle-Version must be major.minor.micro.qualifier");
		}
		for (String header : List.of("Bundle-Vendor", "Bundle-RequiredExecutionEnvironment")) {
			if (!h.containsKey(header)) {
				out.add(b.folder() + ": no " + header);
			}
		}
		if (!LICENSE.equals(h.get("Bundle-License"))) {
			out.add(b.folder() + ": Bundle-License must be " + LICENSE);
		}
		checkImports(b, h, all, out);
		checkExports(b, h, bv.matches() ? bv.group(1) : "0.0.0", all, out);
		checkRequireBundle(b, h, out);
		for (String banned : List.of("Service-Component", "Require-Capability", "DynamicImport-Package")) {
			if (h.containsKey(banned)) {
				out.add(b.folder() + ": " + banned + " is written by the build (tycho-ds from @Component), not by hand");
			}
		}
		boolean activates = h.containsKey("Bundle-Activator") || b.hasComponents();
		if (h.containsKey("Bundle-ActivationPolicy") != activates) {
			out.add(b.folder() + (activates
					? ": has components but no Bundle-ActivationPolicy: lazy (Equinox starts only lazy bundles)"
					: ": Bundle-ActivationPolicy without an activator or a component"));
		}
		checkBuildProperties(b, out);
		checkAbout(b, h, out);
		return out;
	}

	private static void checkImports(Bundle b, Map<String, String> h, Map<String, Bundle> all, List<String> out) {
		for (String clause : clauses(h.get("Import-Package"))) {
			String pkg = head(clause);
			String range = attribute(clause, "version");
			if (clause.contains("resolution:=optional")) {
				out.add(b.folder() + ": optional import " + pkg + " (annotations are build-time only; import what runs)");
			}
			if (JDK.test(pkg)) {
				continue;
			}
			if (range == null || !RANGE.matcher(range).matches()) {
				out.add(b.folder() + ": import " + pkg + " needs a version range [x,y)");
				continue;
			}
			if (pkg.startsWith("kansa.") || pkg.startsWith("example.")) {
				checkOwnImport(b, pkg, range, all, out);
			}
		}
	}

	/** An import of a package of this repository must match an export here, in range, and friends only. */
	private static void checkOwnImport(Bundle b, String pkg, String range, Map<String, Bundle> all, List<String> out) {
		for (Bundle other : all.values()) {
			for (String export : clauses(header(other, "Export-Package"))) {
				if (head(export).equals(pkg)) {
					String version = attribute(export, "version");
					if (version != null && !inRange(version, range)) {
						out.add(b.folder() + ": imports " + pkg + " " + range + " but " + other.folder() + " exports "
								+ version);
					}
					return;
				}
			}
		}
		out.add(b.folder() + ": imports " + pkg + " which no bundle exports");
	}

	private static void checkExports(Bundle b, Map<String, String> h, String bundleVersion, Map<String, Bundle> all,
			List<String> out) {
		for (String clause : clauses(h.get("Export-Package"))) {
			String pkg = head(clause);
			if (!b.sourcePackages().contains(pkg)) {
				out.add(b.folder() + ": exports " + pkg + " which has no source");
			}
			if (clause.contains("x-internal")) {
				out.add(b.folder() + ": x-internal on " + pkg + " (export internals to their tests with x-friends, or not at all)");
			}
			String friends = attribute(clause, "x-friends");
			if (pkg.contains(".internal")) {
				if (friends == null) {
					out.add(b.folder() + ": exports internal " + pkg + " to everyone (x-friends:=\"<test bundle>\" or do not export)");
				} else {
					for (String friend : friends.split(",")) {
						Bundle named = all.get(friend.trim());
						if (named == null) {
							out.add(b.folder() + ": x-friends of " + pkg + " names " + friend.trim() + ", not a bundle here");
						} else if (header(named, "Fragment-Host") != null) {
							// the compiler checks friends against the class space a fragment joins: its host's
							out.add(b.folder() + ": x-friends of " + pkg + " names the fragment " + friend.trim()
									+ " (name its host)");
						}
					}
				}
				if (attribute(clause, "version") != null) {
					out.add(b.folder() + ": internal " + pkg + " carries a version (internals have none)");
				}
				continue;
			}
			String version = attribute(clause, "version");
			if (version == null || !VERSION.matcher(version).matches()) {
				out.add(b.folder() + ": export " + pkg + " needs version=\"x.y.z\"");
			} else if (compare(version, bundleVersion) > 0) {
				out.add(b.folder() + ": exports " + pkg + " " + version + " above Bundle-Version " + bundleVersion);
			}
		}
	}

	/** Require-Bundle only where the Eclipse workbench needs it: UI bundles, on platform or Kansa UI bundles. */
	private static void checkRequireBundle(Bundle b, Map<String, String> h, List<String> out) {
		for (String clause : clauses(h.get("Require-Bundle"))) {
			String required = head(clause);
			if (!b.folder().startsWith("kansa.ui")) {
				out.add(b.folder() + ": Require-Bundle " + required + " outside a UI bundle (use Import-Package)");
			} else if (!required.startsWith("org.eclipse.") && !required.startsWith("kansa.ui")) {
				out.add(b.folder() + ": Require-Bundle " + required + " is not an Eclipse platform bundle");
			}
			String range = attribute(clause, "bundle-version");
			if (range == null || !RANGE.matcher(range).matches()) {
				out.add(b.folder() + ": Require-Bundle " + required + " needs bundle-version=\"[x,y)\"");
			}
		}
	}

	private static void checkBuildProperties(Bundle b, List<String> out) {
		if (b.buildProperties() == null) {
			out.add(b.folder() + ": no build.properties");
			return;
		}
		String joined = b.buildProperties().replaceAll("(?m)^#.*$", "").replaceAll("\\\\\\R", "");
		Matcher m = Pattern.compile("(?m)^bin\\.includes\\s*=\\s*(.*)$").matcher(joined);
		if (!m.find()) {
			out.add(b.folder() + ": build.properties has no bin.includes");
			return;
		}
		List<String> includes = new ArrayList<>();
		for (String entry : m.group(1).split(",")) {
			includes.add(entry.trim());
		}
		for (String entry : includes) {
			if (entry.contains("*")) {
				out.add(b.folder() + ": bin.includes " + entry + " is a wildcard (name what ships)");
			} else if (!entry.equals(".") && !b.files().contains(entry) && !b.files().contains(topOf(entry))) {
				out.add(b.folder() + ": bin.includes " + entry + " does not exist");
			}
		}
		List<String> required = new ArrayList<>(List.of("META-INF/", "about.html"));
		for (String optional : List.of("plugin.xml", "OSGI-INF/")) {
			if (b.files().contains(optional)) {
				required.add(optional);
			}
		}
		if (b.files().contains("src/")) {
			required.add(".");
		}
		for (String entry : required) {
			if (!includes.contains(entry)) {
				out.add(b.folder() + ": bin.includes lacks " + entry);
			}
		}
	}

	private static void checkAbout(Bundle b, Map<String, String> h, List<String> out) {
		if (b.aboutHtml() == null) {
			out.add(b.folder() + ": no about.html");
			return;
		}
		if (!b.aboutHtml().contains(LICENSE)) {
			out.add(b.folder() + ": about.html does not name " + LICENSE);
		}
		String uses = String.join(",", clauses(h.get("Import-Package"))) + "," + b.buildProperties();
		THIRD_PARTY.forEach((marker, name) -> {
			if (uses.contains(marker) && !b.aboutHtml().contains(name)) {
				out.add(b.folder() + ": uses " + marker + " but about.html does not name " + name);
			}
		});
	}

	// --- manifest syntax -------------------------------------------------------------------------------------

	/** Headers by name; a header written twice or a clause listed twice is a breach. */
	private static Map<String, String> headers(Bundle b, List<String> out) {
		Map<String, String> headers = new LinkedHashMap<>();
		String name = null;
		StringBuilder value = new StringBuilder();
		for (String line : (b.manifest() + "\n").split("\\R", -1)) {
			if (line.startsWith(" ")) {
				value.append(line, 1, line.length());
				continue;
			}
			if (name != null && headers.put(name, value.toString().trim()) != null) {
				out.add(b.folder() + ": header " + name + " written twice");
			}
			name = null;
			int colon = line.indexOf(':');
			if (colon > 0) {
				name = line.substring(0, colon);
				value = new StringBuilder(line.substring(colon + 1));
			}
		}
		for (String header : List.of("Import-Package", "Export-Package", "Require-Bundle")) {
			Map<String, Integer> seen = new TreeMap<>();
			clauses(headers.get(header)).forEach(c -> seen.merge(head(c), 1, Integer::sum));
			seen.forEach((clause, n) -> {
				if (n > 1) {
					out.add(b.folder() + ": " + header + " lists " + clause + " " + n + " times");
				}
			});
		}
		return headers;
	}

	private static String header(Bundle b, String name) {
		return headers(b, new ArrayList<>()).get(name);
	}

	/** Splits a header at the commas outside quotes. */
	static List<String> clauses(String value) {
		List<String> clauses = new ArrayList<>();
		if (value == null || value.isBlank()) {
			return clauses;
		}
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : value.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(current.toString().trim());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		clauses.add(current.toString().trim());
		return clauses;
	}

	private static String head(String clause) {
		int semicolon = clause.indexOf(';');
		return (semicolon < 0 ? clause : clause.substring(0, semicolon)).trim();
	}

	/** The value of {@code name=} or {@code name:=} in a clause, unquoted, or null. */
	private static String attribute(String clause, String name) {
		Matcher m = Pattern.compile(";\\s*" + Pattern.quote(name) + ":?=\\s*(\"([^\"]*)\"|[^;]*)").matcher(clause);
		if (!m.find()) {
			return null;
		}
		return (m.group(2) != null ? m.group(2) : m.group(1)).trim();
	}

	private static String topOf(String entry) {
		int slash = entry.indexOf('/');
		return slash < 0 || slash == entry.length() - 1 ? entry : entry.substring(0, slash + 1);
	}

	private static boolean inRange(String version, String range) {
		String[] bounds = range.substring(1, range.length() - 1).split(",");
		return compare(version, bounds[0]) >= 0 && compare(version, bounds[1]) < 0;
	}

	private static int compare(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < 3; i++) {
			int d = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
			if (d != 0) {
				return d;
			}
		}
		return 0;
	}
}
