package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * kansa.ui is the frame the feature bundles contribute to: no id of another bundle's editor, view or command,
 * and no name of another bundle or its packages, may appear in its sources, plugin.xml, manifest or messages.
 * The forbidden names are read from the installed bundles' own plugin.xml and manifests, so a new bundle is
 * covered without editing this test.
 */
class KansaUiKnowsNoFeatureTest {

	/** The extension points whose elements' ids belong to the bundle that declares them. */
	private static final Set<String> OWNED_POINTS = Set.of("org.eclipse.ui.editors", "org.eclipse.ui.views",
			"org.eclipse.ui.commands");

	@Test
	void kansaUiNamesNoIdOrPackageOfAnotherBundle() throws Exception {
		Map<String, String> forbidden = forbiddenNames();
		Map<String, List<String>> hits = occurrences(source("kansa.ui"), forbidden.keySet());
		assertTrue(hits.isEmpty(), () -> "kansa.ui names other bundles' ids or packages: " + hits);
	}

	/** The names are found: each contributing bundle has ids, and its own sources use them (the check can fail). */
	@Test
	void theCheckFindsEachContributorsNamesInItsOwnSources() throws Exception {
		Map<String, String> forbidden = forbiddenNames();
		for (String bundle : List.of("kansa.ui.audit", "kansa.ui.checklist", "kansa.ui.incidents",
				"kansa.ui.tests.sample")) {
			Set<String> ids = new LinkedHashSet<>();
			forbidden.forEach((name, owner) -> {
				if (owner.equals(bundle) && !name.equals(bundle)) {
					ids.add(name);
				}
			});
			assertFalse(ids.isEmpty(), "no editor, view, command or package found for " + bundle);
			Map<String, List<String>> hits = occurrences(source(bundle), ids);
			assertFalse(hits.isEmpty(), () -> bundle + "'s sources use none of " + ids);
		}
		assertEquals("kansa.ui.audit", forbidden.get("kansa.ui.audit.editor"));
		assertEquals("kansa.ui.incidents", forbidden.get("kansa.ui.incidents.library"));
	}

	/** Every name that belongs to another kansa.ui.* bundle, with the bundle it belongs to. */
	private static Map<String, String> forbiddenNames() throws Exception {
		Map<String, String> names = new TreeMap<>();
		for (Bundle bundle : FrameworkUtil.getBundle(KansaUiKnowsNoFeatureTest.class).getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (name == null || !name.startsWith("kansa.ui.") || name.equals("kansa.ui.tests")
					|| bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
				continue;
			}
			names.put(name, name);
			String exports = bundle.getHeaders("").get(Constants.EXPORT_PACKAGE);
			if (exports != null) {
				for (ManifestElement e : ManifestElement.parseHeader(Constants.EXPORT_PACKAGE, exports)) {
					names.put(e.getValue(), name);
				}
			}
			var pluginXml = bundle.getEntry("plugin.xml");
			if (pluginXml != null) {
				try (InputStream in = pluginXml.openStream()) {
					Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
							.getDocumentElement();
					for (Element extension : children(plugin)) {
						if (OWNED_POINTS.contains(extension.getAttribute("point"))) {
							children(extension).stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty())
									.forEach(id -> names.put(id, name));
						}
					}
				}
			}
		}
		return names;
	}

	private static List<Element> children(Element parent) {
		List<Element> elements = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				elements.add(e);
			}
		}
		return elements;
	}

	private static Path source(String bundle) {
		String bundles = System.getProperty("kansa.ui.tests.bundles");
		assertTrue(bundles != null, "the system property kansa.ui.tests.bundles (set in kansa.ui.tests/pom.xml)");
		Path dir = Path.of(bundles).resolve(bundle);
		assertTrue(Files.isRegularFile(dir.resolve("META-INF/MANIFEST.MF")), dir + " is a bundle's source");
		return dir;
	}

	/** Which of {@code names} each text file of the bundle's source (not its build output or images) contains. */
	private static Map<String, List<String>> occurrences(Path bundle, Set<String> names) throws IOException {
		Map<String, List<String>> hits = new TreeMap<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(bundle)) {
			files = walk.filter(Files::isRegularFile)
					.filter(p -> !bundle.relativize(p).startsWith("target"))
					.filter(p -> Arrays.asList(".java", ".xml", ".MF", ".properties", ".ini", ".css").stream()
							.anyMatch(p.getFileName().toString()::endsWith))
					.toList();
		}
		assertFalse(files.isEmpty(), "no source files in " + bundle);
		for (Path file : files) {
			String text = Files.readString(file, StandardCharsets.ISO_8859_1);
			List<String> found = names.stream().filter(text::contains).toList();
			if (!found.isEmpty()) {
				hits.put(bundle.relativize(file).toString(), found);
			}
		}
		return hits;
	}
}
