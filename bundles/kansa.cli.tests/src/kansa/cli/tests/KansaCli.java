package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import kansa.cli.internal.KansaCommandLine;

/**
 * Base of the command-line tests: runs `kansa` commands through the DS component, as the `kansa` script does, in a
 * fresh temporary folder per test, and keeps what they printed.
 */
abstract class KansaCli {

	private static ServiceTracker<KansaCommandLine, KansaCommandLine> tracker;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void track() {
		tracker = new ServiceTracker<>(FrameworkUtil.getBundle(KansaCli.class).getBundleContext(),
				KansaCommandLine.class, null);
		tracker.open();
	}

	@AfterAll
	static void untrack() {
		tracker.close();
	}

	int kansa(String... args) throws InterruptedException {
		KansaCommandLine cli = tracker.waitForService(10_000);
		assertNotNull(cli, "the command line component is registered");
		out.reset();
		err.reset();
		return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
