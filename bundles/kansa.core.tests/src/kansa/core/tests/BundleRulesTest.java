package kansa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every folder under {@code bundles/} follows the manifest rule (README "Manifests: one rule for every bundle").
 * The folder is walked, so a new bundle is checked the day it is added.
 */
class BundleRulesTest {

	private static final String GOOD = """
			Manifest-Version: 1.0
			Bundle-ManifestVersion: 2
			Bundle-Name: Sample
			Bundle-SymbolicName: kansa.sample
			Bundle-Version: 0.1.1.qualifier
			Bundle-Vendor: Kansa
			Bundle-License: AGPL-3.0-or-later
			Bundle-RequiredExecutionEnvironment: JavaSE-21
			Bundle-ActivationPolicy: lazy
			Export-Package: kansa.sample;version="0.1.1",
			 kansa.sample.internal;x-friends:="kansa.sample.tests"
			Import-Package: com.itextpdf.kernel.pdf;version="[9.5,10)",
			 javax.imageio,
			 kansa.core.text;version="[0.1,0.2)"
			""";
	private static final String GOOD_BUILD = """
			source.. = src/
			bin.includes = META-INF/,\\
			               about.html,\\
			               .
			""";
	private static final String GOOD_ABOUT = "<p>Kansa sample, AGPL-3.0-or-later. Uses iText (AGPL-3.0).</p>";

	@Test
	void everyBundleFollowsTheRule() throws IOException {
		Map<String, BundleRules.Bundle> bundles = new TreeMap<>();
		try (Stream<Path> dirs = Files.list(bundlesFolder())) {
			for (Path dir : (Iterable<Path>) dirs.filter(d -> Files.isDirectory(d.resolve("META-INF")))::iterator) {
				bundles.put(dir.getFileName().toString(), BundleRules.Bundle.read(dir));
			}
		}
		assertTrue(bundles.containsKey("kansa.core") && bundles.size() > 20, "bundles found: " + bundles.keySet());
		List<String> breaches = new ArrayList<>();
		bundles.values().forEach(b -> breaches.addAll(BundleRules.check(b, bundles)));
		assertEquals(List.of(), breaches, "manifest rule (README, Adding your own bundle) broken");
	}

	@Test
	void aSampleThatFollowsTheRulePasses() {
		assertEquals(List.of(), check(GOOD, GOOD_BUILD, GOOD_ABOUT, true));
	}

	@Test
	void aBadManifestIsRejectedOnEveryCount() {
		String bad = """
				Manifest-Version: 1.0
				Bundle-SymbolicName: kansa.other
				Bundle-Version: 0.1.0.qualifier
				Bundle-Vendor: Kansa
				Bundle-RequiredExecutionEnvironment: JavaSE-21
				Bundle-ActivationPolicy: lazy
				Service-Component: OSGI-INF/*.xml
				Require-Capability: osgi.extender;filter:="(osgi.extender=osgi.component)"
				Require-Bundle: org.eclipse.core.runtime
				Export-Package: kansa.sample;version="0.1.1",
				 kansa.sample.internal;x-internal:=true,
				 kansa.missing
				Import-Package: org.apache.poi.ss.usermodel,
				 kansa.core.text;version="[0.1,0.2)",
				 kansa.core.text;version="[0.1,0.2)",
				 kansa.nowhere;version="[0.1,0.2)",
				 org.osgi.service.component.annotations;version="[1.3,2)";resolution:=optional
				Bundle-Vendor: Kansa
				""";
		String build = "bin.includes = META-INF/,\\\n OSGI-INF/*.xml,\\\n .\n";
		List<String> breaches = check(bad, build, null, false);
		for (String expected : List.of(
				"Bundle-SymbolicName kansa.other is not the folder name",
				"header Bundle-Vendor written twice",
				"Bundle-License must be AGPL-3.0-or-later",
				"Import-Package lists kansa.core.text 2 times",
				"import org.apache.poi.ss.usermodel needs a version range",
				"imports kansa.nowhere which no bundle exports",
				"optional import org.osgi.service.component.annotations",
				"exports kansa.sample 0.1.1 above Bundle-Version 0.1.0",
				"x-internal on kansa.sample.internal",
				"exports internal kansa.sample.internal to everyone",
				"exports kansa.missing which has no source",
				"export kansa.missing needs version",
				"Require-Bundle org.eclipse.core.runtime outside a UI bundle",
				"Service-Component is written by the build",
				"Require-Capability is written by the build",
				"Bundle-ActivationPolicy without an activator or a component",
				"bin.includes OSGI-INF/*.xml is a wildcard",
				"bin.includes lacks about.html",
				"no about.html")) {
			assertTrue(breaches.stream().anyMatch(b -> b.contains(expected)), expected + " not in " + breaches);
		}
	}

	@Test
	void aComponentBundleMustBeLazyAndNameWhatItEmbeds() {
		String eager = GOOD.replace("Bundle-ActivationPolicy: lazy\n", "");
		assertEquals(List.of("kansa.sample: has components but no Bundle-ActivationPolicy: lazy (Equinox starts only lazy bundles)"),
				check(eager, GOOD_BUILD, GOOD_ABOUT, true));
		assertEquals(List.of("kansa.sample: uses com.itextpdf but about.html does not name iText"),
				check(GOOD, GOOD_BUILD, "<p>AGPL-3.0-or-later</p>", true));
	}

	@Test
	void importsOutsideTheExportedRangeAndUnknownFriendsAreRejected() {
		String tooNew = GOOD.replace("kansa.core.text;version=\"[0.1,0.2)\"", "kansa.core.text;version=\"[0.2,0.3)\"");
		assertEquals(List.of("kansa.sample: imports kansa.core.text [0.2,0.3) but kansa.core exports 0.1.0"),
				check(tooNew, GOOD_BUILD, GOOD_ABOUT, true));
		String strangerFriend = GOOD.replace("x-friends:=\"kansa.sample.tests\"", "x-friends:=\"kansa.gone.tests\"");
		assertEquals(List.of("kansa.sample: x-friends of kansa.sample.internal names kansa.gone.tests, not a bundle here"),
				check(strangerFriend, GOOD_BUILD, GOOD_ABOUT, true));
		String fragmentFriend = GOOD.replace("x-friends:=\"kansa.sample.tests\"", "x-friends:=\"kansa.core.tests\"");
		assertEquals(List.of("kansa.sample: x-friends of kansa.sample.internal names the fragment kansa.core.tests (name its host)"),
				check(fragmentFriend, GOOD_BUILD, GOOD_ABOUT, true));
	}

	private static List<String> check(String manifest, String build, String about, boolean components) {
		BundleRules.Bundle sample = new BundleRules.Bundle("kansa.sample", manifest, build, about,
				Set.of("META-INF/", "src/", "about.html"), Set.of("kansa.sample", "kansa.sample.internal"), components);
		BundleRules.Bundle core = new BundleRules.Bundle("kansa.core",
				"Bundle-SymbolicName: kansa.core\nExport-Package: kansa.core.text;version=\"0.1.0\"\n", "", "", Set.of(),
				Set.of("kansa.core.text"), false);
		BundleRules.Bundle tests = new BundleRules.Bundle("kansa.sample.tests", "", "", "", Set.of(), Set.of(), false);
		BundleRules.Bundle fragment = new BundleRules.Bundle("kansa.core.tests", "Fragment-Host: kansa.core\n", "", "",
				Set.of(), Set.of(), false);
		return BundleRules.check(sample, Map.of("kansa.sample", sample, "kansa.core", core, "kansa.sample.tests", tests,
				"kansa.core.tests", fragment));
	}

	/** {@code bundles/} of this checkout: -Dkansa.bundles, else found upwards from the test's working folder. */
	private static Path bundlesFolder() {
		String configured = System.getProperty("kansa.bundles");
		if (configured != null) {
			return Path.of(configured);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("kansa.target")) && Files.isDirectory(dir.resolve("bundles"))) {
				return dir.resolve("bundles");
			}
		}
		throw new IllegalStateException("no bundles/ folder above " + Path.of("").toAbsolutePath());
	}
}
