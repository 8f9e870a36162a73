package kansa.bench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.cli.internal.KansaCommandLine;
import kansa.testing.Services;

/**
 * `kansa bench`, contributed to the command line by kansa.bench as a Command service: both benchmarks print their
 * figures, and the bundle takes no audit id from `kansa report`.
 */
class BenchCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int kansa(String... args) {
		// the command line binds contributed commands dynamically: wait until it has ours
		KansaCommandLine cli = Services.await(getClass(), KansaCommandLine.class);
		Services.await(getClass(), kansa.cli.command.Command.class);
		out.reset();
		err.reset();
		return cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void benchIsListedAmongTheCommands() {
		assertEquals(0, kansa("--help"));
		assertTrue(out().lines().anyMatch(l -> l.strip().startsWith("bench ")), out());
		assertEquals(0, kansa("bench", "report", "--help"));
		assertTrue(out().contains("kansa bench report [--items"), out());
	}

	@Test
	void reportBenchPrintsFigures() {
		assertEquals(0, kansa("bench", "report", "--items", "20,60", "--runs", "1", "--no-libreoffice"), err());
		assertTrue(out().contains("PDF warm") && out().contains("CPU ms"), out());
		assertTrue(out().lines().anyMatch(l -> l.strip().startsWith("60 ")), out());
		assertEquals(1, kansa("bench", "report", "--items", "ten"));
		assertTrue(err().contains("not a number: ten"), err());
	}

	@Test
	void incidentBenchPrintsFigures() {
		assertEquals(0, kansa("bench", "incident", "--count", "2000"), err());
		assertTrue(out().contains("p95") && out().contains("speed-up"), out());
		assertEquals(1, kansa("bench", "nothing"));
		assertTrue(err().contains("unknown benchmark 'nothing'"), err());
	}

	@Test
	void anAuditNamedBenchIsStillReportedWithTheBenchmarksInstalled() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社ベンチ", "--id", "bench"),
				err());
		assertEquals(0, kansa("report", "bench", "--format", "xlsx"), err());
		assertTrue(Files.size(dir.resolve("bench.xlsx")) > 0, "the audit's evidence sheet, not a benchmark");
		assertTrue(!out().contains("Kansa report bench"), out());
	}
}
