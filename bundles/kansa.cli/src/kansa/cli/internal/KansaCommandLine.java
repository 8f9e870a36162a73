package kansa.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kansa.audit.AuditRuleException;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.cli.command.UsageException;
import kansa.cli.internal.commands.AuditCommand;
import kansa.cli.internal.commands.ChecklistCommand;
import kansa.cli.internal.commands.ChecklistsCommand;
import kansa.cli.internal.commands.DemoCommand;
import kansa.cli.internal.commands.IncidentCommand;
import kansa.cli.internal.commands.ReportCommand;
import kansa.cli.internal.commands.WorkspaceCommand;
import kansa.core.checklist.ChecklistCatalog;
import kansa.core.incident.IncidentLibrary;
import kansa.core.json.KansaDataException;
import kansa.core.report.ReportException;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ResultSheetReader;
import kansa.workspace.WorkspaceException;

/**
 * The `kansa` command line: dispatches to commands and turns failures into exit codes — 0 done, 1 the user's
 * mistake or bad input (one line, no stack trace), 2 a fault of Kansa itself. Besides its own commands it runs
 * every {@link Command} service another bundle contributes (e.g. the developers' {@code kansa bench}); a
 * contributed command never replaces a built-in one of the same name.
 */
@Component(service = KansaCommandLine.class)
public class KansaCommandLine {

	public static final int OK = 0;
	public static final int USER_ERROR = 1;
	public static final int INTERNAL_ERROR = 2;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	volatile List<ChecklistCatalog> catalogs;

	// generators and readers are told apart by their service property: only the one a command asks for activates
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	volatile List<ComponentServiceObjects<ReportGenerator>> generators;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	volatile List<IncidentLibrary> libraries;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	volatile List<ComponentServiceObjects<ResultSheetReader>> resultReaders;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	volatile List<Command> contributed;

	private final List<Command> builtIn;

	public KansaCommandLine() {
		this(List.of(new ChecklistsCommand(), new AuditCommand(), new ReportCommand(), new DemoCommand(),
				new ChecklistCommand(), new IncidentCommand(), new WorkspaceCommand()));
	}

	KansaCommandLine(List<Command> commands) {
		this.builtIn = List.copyOf(commands);
	}

	public int run(String[] args, PrintStream terminalOut, PrintStream terminalErr, Path currentDirectory) {
		// every command prints through these: user text cannot send escape sequences to the terminal
		PrintStream out = new TerminalText(terminalOut);
		PrintStream err = new TerminalText(terminalErr);
		try {
			return dispatch(args, out, err, currentDirectory);
		} finally {
			out.flush(); // not closed: the streams are the caller's
			err.flush();
		}
	}

	/** DS always sets the lists; a command line made without DS (a plain JVM, a test) may leave some unset. */
	private static <T> List<T> copy(List<T> services) {
		return services == null ? List.of() : List.copyOf(services);
	}

	/**
	 * The services by the value of their service property {@code key}, got only when a command asks for one; of
	 * two with the same value, the higher-ranked.
	 */
	private static <T> Map<String, Supplier<T>> byProperty(List<ComponentServiceObjects<T>> services, String key) {
		List<ComponentServiceObjects<T>> ranked = new ArrayList<>(copy(services));
		ranked.sort(Collections.reverseOrder((a, b) -> a.getServiceReference().compareTo(b.getServiceReference())));
		Map<String, Supplier<T>> map = new LinkedHashMap<>();
		for (ComponentServiceObjects<T> s : ranked) {
			if (s.getServiceReference().getProperty(key) instanceof String value) {
				map.putIfAbsent(value, s::getService);
			}
		}
		return map;
	}

	/** The built-in commands, then the contributed ones whose names are free. */
	private List<Command> commands() {
		List<Command> all = new ArrayList<>(builtIn);
		for (Command c : copy(contributed)) {
			if (all.stream().noneMatch(known -> known.name().equals(c.name()))) {
				all.add(c);
			}
		}
		return all;
	}

	private int dispatch(String[] args, PrintStream out, PrintStream err, Path currentDirectory) {
		CliContext context = new CliContext(out, err, currentDirectory, copy(catalogs),
				byProperty(generators, ReportGenerator.FORMAT), copy(libraries),
				byProperty(resultReaders, ResultSheetReader.FORMAT));
		List<Command> commands = commands();
		List<String> list = Arrays.asList(args);
		if (list.isEmpty() || list.get(0).equals("--help") || list.get(0).equals("-h") || list.get(0).equals("help")) {
			out.print(overview(commands));
			return list.isEmpty() ? USER_ERROR : OK;
		}
		Command command = commands.stream().filter(c -> c.name().equals(list.get(0))).findFirst().orElse(null);
		if (command == null) {
			err.println("kansa: unknown command '" + list.get(0) + "' (kansa --help lists the commands)");
			return USER_ERROR;
		}
		List<String> rest = list.subList(1, list.size());
		boolean subCommandHelp = command.hasSubCommands() && !rest.isEmpty() && !rest.get(0).startsWith("-");
		if ((rest.contains("--help") || rest.contains("-h")) && !subCommandHelp) {
			out.print(command.help());
			return OK;
		}
		try {
			return command.run(rest, context);
		} catch (UsageException e) {
			err.println("kansa " + command.name() + ": " + e.getMessage() + " (kansa " + command.name() + " --help)");
		} catch (WorkspaceException | KansaDataException | ReportException | AuditRuleException | IllegalArgumentException e) {
			err.println("kansa " + command.name() + ": " + e.getMessage());
		} catch (OperationCanceledException e) {
			err.println("kansa " + command.name() + ": 中止しました / cancelled");
		} catch (Exception | Error e) {
			// an Error too (out of memory, stack overflow): one line and exit 2, never the launcher's log file
			return internalError("kansa " + command.name(), e, err);
		}
		return USER_ERROR;
	}

	/** One line naming the failure; the stack trace only with KANSA_DEBUG=1. */
	static int internalError(String prefix, Throwable e, PrintStream err) {
		String what = e instanceof OutOfMemoryError ? "メモリが足りません / out of memory (" + e + ")"
				: e instanceof StackOverflowError ? "処理が深すぎます / stack overflow (" + e.getClass().getName() + ")"
						: String.valueOf(e).lines().findFirst().orElse("");
		boolean debug = Boolean.getBoolean("kansa.debug");
		err.println(prefix + ": internal error: " + what + (debug ? "" : " (run with KANSA_DEBUG=1 for details)"));
		if (debug) {
			e.printStackTrace(err);
		}
		return INTERNAL_ERROR;
	}

	private static String overview(List<Command> commands) {
		StringBuilder b = new StringBuilder();
		b.append("Kansa（監査）— Pマーク・ISMS 監査ワークベンチ / audit workbench for PrivacyMark and ISMS\n\n");
		b.append("使い方 / Usage: kansa <command> [options]   (kansa <command> --help)\n\n");
		for (Command c : commands) {
			b.append(String.format("  %-11s %s%n", c.name(), c.summary()));
		}
		return b.toString();
	}
}
