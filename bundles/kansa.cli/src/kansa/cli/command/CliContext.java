package kansa.cli.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistCatalog;
import kansa.core.incident.IncidentLibrary;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ResultSheetReader;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * What a command works with: the console, the current folder, and the services present in this installation
 * (a snapshot taken when the command starts). Report generators and sheet readers are keyed by their format (the
 * service property {@link ReportGenerator#FORMAT}) and got only when asked for.
 */
public record CliContext(PrintStream out, PrintStream err, Path currentDirectory, List<ChecklistCatalog> catalogs,
		Map<String, Supplier<ReportGenerator>> generators, List<IncidentLibrary> libraries,
		Map<String, Supplier<ResultSheetReader>> resultReaders) {

	public CliContext {
		catalogs = List.copyOf(catalogs);
		generators = Map.copyOf(generators);
		libraries = List.copyOf(libraries);
		resultReaders = Map.copyOf(resultReaders);
	}

	public static final String DEFAULT_WORKSPACE = "kansa-workspace";

	/** The folder given by --workspace, else ./kansa-workspace. */
	public Path workspacePath(Args args, String fallback) {
		return currentDirectory.resolve(args.option("workspace").orElse(fallback)).normalize();
	}

	public Workspace openWorkspace(Args args) throws WorkspaceException {
		return Workspace.open(workspacePath(args, DEFAULT_WORKSPACE));
	}

	/** A built-in checklist by id, or id@version. */
	public Optional<Checklist> builtInChecklist(String ref) {
		return catalogs.stream().flatMap(c -> c.checklists().stream())
				.filter(c -> c.id().equals(ref) || c.reference().equals(ref)).findFirst();
	}

	public ReportGenerator generator(String format) throws UsageException {
		return Optional.ofNullable(generators.get(format)).map(Supplier::get)
				.orElseThrow(() -> new UsageException("形式 " + format + " の報告書を作る機能がありません（使える形式: "
						+ available() + "） / no report generator for format '" + format + "' is installed (available: "
						+ available() + ")"));
	}

	/** The reader of results sheets written in the given format (the file's extension, e.g. xlsx). */
	public ResultSheetReader resultReader(String format) throws UsageException {
		return Optional.ofNullable(resultReaders.get(format)).map(Supplier::get)
				.orElseThrow(() -> new UsageException("形式 '" + format + "' のシートは読み込めません / no reader for '"
						+ format + "' sheets is installed (available: " + String.join(", ",
								resultReaders.keySet().stream().sorted().toList()) + ")"));
	}

	private String available() {
		List<String> formats = generators.keySet().stream().sorted().toList();
		return formats.isEmpty() ? "none" : String.join(", ", formats);
	}
}
