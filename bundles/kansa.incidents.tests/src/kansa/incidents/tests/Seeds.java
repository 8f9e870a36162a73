package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;
import kansa.testing.Services;

/**
 * The five seed articles (kept in the project's shared folder beside the repository, not copied into it) and the
 * seed library as the DS service the product uses.
 */
final class Seeds {

	static final String SEGA = "000_9daeac7935019d2a.txt";
	static final String DIGIBOOK = "001_a2b0df5208a632f8.txt";
	static final String MIRAIT = "002_27eededbc859a023.txt";
	static final String JUNGLE = "003_ff5379fd69c58aea.txt";
	static final String YUPITERU = "004_7143a8ee481e653c.txt";

	private Seeds() {
	}

	/** An article, found in shared/seeds above the working folder (or -Dkansa.seeds=DIR). */
	static String article(String name) throws IOException {
		return Files.readString(folder().resolve(name), StandardCharsets.UTF_8);
	}

	static Path folder() {
		String configured = System.getProperty("kansa.seeds");
		if (configured != null) {
			return Path.of(configured);
		}
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			Path candidate = p.resolve("shared/seeds");
			if (Files.isRegularFile(candidate.resolve(SEGA))) {
				return candidate;
			}
		}
		// The articles are third-party text and are not part of Kansa: without them these tests are skipped, never
		// failed, so the build does not depend on anything outside the repository.
		Assumptions.abort("seed articles not found: expected shared/seeds beside the repository "
				+ "(or -Dkansa.seeds=DIR), looked upwards from " + Path.of("").toAbsolutePath());
		return null;
	}

	/** The seed library, as registered by kansa.incidents.seed. */
	static IncidentLibrary library() throws InterruptedException {
		return Services.await(Seeds.class, IncidentLibrary.class, Services.property(IncidentLibrary.ID, "kansa.seed"));
	}

	static List<Incident> incidents() throws InterruptedException {
		return library().incidents();
	}

	static Incident incident(String id) throws InterruptedException {
		Incident i = incidents().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
		assertNotNull(i, id);
		return i;
	}
}
