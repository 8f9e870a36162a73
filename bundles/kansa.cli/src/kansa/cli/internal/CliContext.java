package kansa.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistCatalog;
import kansa.core.incident.IncidentLibrary;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ResultSheetReader;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * What a command works with: the console, the current folder, and the services present in this installation
 * (a snapshot taken when the command starts).
 */
public record CliContext(PrintStream out, PrintStream err, Path currentDirectory, List<ChecklistCatalog> catalogs,
		List<ReportGenerator> generators, List<IncidentLibrary> libraries, List<ResultSheetReader> resultReaders) {

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
		return generators.stream().filter(g -> g.formatId().equals(format)).findFirst()
				.orElseThrow(() -> new UsageException("no report generator for format '" + format + "' is installed"
						+ " (available: " + available() + ")"));
	}

	/** The reader of results sheets written in the given format (the file's extension, e.g. xlsx). */
	public ResultSheetReader resultReader(String format) throws UsageException {
		return resultReaders.stream().filter(r -> r.formatId().equals(format)).findFirst()
				.orElseThrow(() -> new UsageException("形式 '" + format + "' のシートは読み込めません / no reader for '"
						+ format + "' sheets is installed (available: " + String.join(", ",
								resultReaders.stream().map(ResultSheetReader::formatId).sorted().toList()) + ")"));
	}

	private String available() {
		List<String> formats = generators.stream().map(ReportGenerator::formatId).sorted().toList();
		return formats.isEmpty() ? "none" : String.join(", ", formats);
	}
}
