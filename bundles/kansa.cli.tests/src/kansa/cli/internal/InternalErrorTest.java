package kansa.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kansa.cli.command.CliContext;
import kansa.cli.command.Command;

/**
 * An Error thrown by a command (out of memory, stack overflow, a missing class) ends the command line with exit 2
 * and one line, never escapes to the launcher (which answered with exit 13 and a log in the install folder).
 */
class InternalErrorTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "oom", "stack", "linkage", "runtime" })
	void anErrorEndsWithExitTwoAndOneLine(String kind) {
		Supplier<Throwable> failure = switch (kind) {
			case "oom" -> () -> new OutOfMemoryError("Java heap space");
			case "stack" -> StackOverflowError::new;
			case "linkage" -> () -> new NoClassDefFoundError("org/example/Missing");
			default -> () -> new IllegalStateException("broken\nsecond line");
		};
		KansaCommandLine cli = new KansaCommandLine(List.of(new Failing(failure)));
		cli.catalogs = List.of();
		cli.generators = List.of();
		cli.libraries = List.of();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = cli.run(new String[] { "fail" }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir);
		String text = err.toString(StandardCharsets.UTF_8);
		assertEquals(KansaCommandLine.INTERNAL_ERROR, code, text);
		assertEquals(1, text.lines().count(), text);
		assertTrue(text.startsWith("kansa fail: internal error: "), text);
		assertTrue(text.contains("KANSA_DEBUG=1"), text);
		assertFalse(text.contains("\tat "), text);
		if (kind.equals("oom")) {
			assertTrue(text.contains("メモリが足りません / out of memory"), text);
		}
	}

	private record Failing(Supplier<Throwable> failure) implements Command {
		@Override
		public String name() {
			return "fail";
		}

		@Override
		public String summary() {
			return "fails";
		}

		@Override
		public String help() {
			return "fails";
		}

		@Override
		public int run(List<String> args, CliContext context) throws Exception {
			Throwable t = failure.get();
			if (t instanceof Error e) {
				throw e;
			}
			throw (Exception) t;
		}
	}
}
