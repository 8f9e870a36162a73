package kansa.incidents.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The notices written for the extractor's tests: {@code corpus/dev} to develop the rules on, {@code corpus/heldout}
 * kept aside and never tuned on. Both are part of the repository, so a missing folder fails the test.
 */
final class Corpus {

	private Corpus() {
	}

	static Path folder(String name) {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			for (Path candidate : new Path[] { p.resolve("corpus").resolve(name),
					p.resolve("bundles/kansa.incidents.tests/corpus").resolve(name) }) {
				if (Files.isDirectory(candidate)) {
					return candidate;
				}
			}
		}
		throw new IllegalStateException("corpus/" + name + " not found above " + Path.of("").toAbsolutePath());
	}
}
