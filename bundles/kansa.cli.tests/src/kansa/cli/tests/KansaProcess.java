package kansa.cli.tests;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import kansa.cli.internal.KansaCommandLine;

/**
 * A `kansa` command line in a JVM of its own, for tests of what happens when several Kansa processes work on one
 * workspace. The parent starts it with the test runtime's bundles on a plain class path; it waits for a start signal
 * (so that the processes really overlap), then runs the commands of a file (one a line, arguments separated by tabs)
 * through the real {@link KansaCommandLine}, and exits with the first non-zero exit code.
 */
public final class KansaProcess {

	private KansaProcess() {
	}

	/** Arguments: working folder, commands file, file whose creation is the start signal. */
	public static void main(String[] args) throws Exception {
		Path cwd = Path.of(args[0]);
		List<String> commands = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
		Path go = Path.of(args[2]);
		Files.createFile(Path.of(args[1] + ".ready"));
		while (!Files.exists(go)) {
			Thread.sleep(5);
		}
		KansaCommandLine cli = new KansaCommandLine();
		// no services outside OSGi: the commands run here need none
		for (String name : List.of("catalogs", "generators", "libraries", "resultReaders")) {
			Field f = KansaCommandLine.class.getDeclaredField(name);
			f.setAccessible(true);
			f.set(cli, List.of());
		}
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		for (String line : commands) {
			int rc = cli.run(line.split("\t"), out, err, cwd);
			if (rc != 0) {
				err.println("exit " + rc + " for: " + line);
				System.exit(rc);
			}
		}
		System.exit(0);
	}

	/** Starts one process per commands file, lets them all go at once and waits for them. */
	static List<Integer> runConcurrently(Path cwd, List<Path> commandFiles) throws Exception {
		List<Process> processes = start(cwd, commandFiles);
		List<Integer> exits = new ArrayList<>();
		for (Process p : processes) {
			if (!p.waitFor(10, TimeUnit.MINUTES)) {
				p.destroyForcibly();
			}
			exits.add(p.exitValue());
		}
		return exits;
	}

	/** Starts one process per commands file and returns once all of them have begun their commands. */
	static List<Process> start(Path cwd, List<Path> commandFiles) throws Exception {
		String jvm = ProcessHandle.current().info().command().orElseThrow();
		String classPath = String.join(File.pathSeparator, testRuntimeClassPath());
		Path go = Files.createTempFile(cwd, "go", ".signal");
		Files.delete(go);
		List<Process> processes = new ArrayList<>();
		for (Path commands : commandFiles) {
			processes.add(new ProcessBuilder(jvm, "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", classPath,
					KansaProcess.class.getName(), cwd.toString(), commands.toString(), go.toString())
					.redirectOutput(Path.of(commands + ".out").toFile()).redirectError(Path.of(commands + ".err").toFile())
					.start());
		}
		for (Path commands : commandFiles) {
			while (!Files.exists(Path.of(commands + ".ready"))) {
				if (processes.stream().anyMatch(p -> !p.isAlive())) {
					throw new IllegalStateException("a kansa process ended before its start: "
							+ Files.readString(Path.of(commands + ".err")));
				}
				Thread.sleep(5);
			}
		}
		Files.createFile(go);
		return processes;
	}

	/** The jars and class folders of every bundle of this OSGi runtime. */
	private static List<String> testRuntimeClassPath() throws IOException {
		Set<String> entries = new LinkedHashSet<>();
		Path installArea = Path.of(URI.create(System.getProperty("osgi.install.area")));
		for (Bundle b : FrameworkUtil.getBundle(KansaProcess.class).getBundleContext().getBundles()) {
			String location = b.getLocation();
			int file = location.indexOf("file:");
			if (file < 0) {
				continue;
			}
			String path = location.substring(file + "file:".length());
			// the test runtime names its bundles relative to its install area
			Path p = path.startsWith("/") ? Path.of(path) : installArea.resolve(path).normalize();
			if (Files.isDirectory(p) && Files.isDirectory(p.resolve("target/classes"))) {
				p = p.resolve("target/classes");
			}
			if (Files.exists(p)) {
				entries.add(p.toString());
			}
		}
		return new ArrayList<>(entries);
	}
}
