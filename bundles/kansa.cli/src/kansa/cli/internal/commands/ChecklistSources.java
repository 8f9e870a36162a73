package kansa.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportException;
import kansa.cli.command.CliContext;
import kansa.cli.command.UsageException;
import kansa.core.checklist.Checklist;
import kansa.core.json.KansaDataException;
import kansa.core.json.KansaJson;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * Finds the checklist a command names: {@code ID} or {@code ID@VERSION} in the workspace (any kept version) or
 * a built-in catalog, or a file ({@code .json} written by Kansa, {@code .xlsx}/{@code .xls} to import).
 */
final class ChecklistSources {

	private ChecklistSources() {
	}

	static Checklist find(CliContext ctx, Workspace ws, String ref) throws Exception {
		Path file = ctx.currentDirectory().resolve(ref);
		if (looksLikeFile(ref) && Files.isRegularFile(file)) {
			return fromFile(file);
		}
		String id = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
		String version = ref.contains("@") ? ref.substring(ref.indexOf('@') + 1) : null;
		if (ws != null && safe(id) && ws.hasChecklist(id)) {
			return version == null ? ws.loadChecklist(id) : ws.loadChecklist(id, version);
		}
		Optional<Checklist> builtIn = ctx.builtInChecklist(ref);
		if (builtIn.isPresent()) {
			return builtIn.get();
		}
		if (looksLikeFile(ref)) {
			throw new UsageException("ファイルがありません / file not found: " + file);
		}
		throw new UsageException("チェックリスト '" + ref + "' がありません / no checklist '" + ref
				+ "' (kansa checklist list shows them)");
	}

	static Optional<Workspace> workspace(Path path) throws WorkspaceException {
		return Files.isRegularFile(path.resolve(Workspace.MARKER)) ? Optional.of(Workspace.open(path)) : Optional.empty();
	}

	private static Checklist fromFile(Path file) throws KansaDataException, ImportException, java.io.IOException {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".json")) {
			return KansaJson.read(Files.readAllBytes(file), Checklist.class, file.getFileName().toString());
		}
		return new ExcelImporter().read(file, null).checklist();
	}

	static boolean looksLikeFile(String ref) {
		String r = ref.toLowerCase(java.util.Locale.ROOT);
		return r.endsWith(".json") || r.endsWith(".xlsx") || r.endsWith(".xls") || r.contains("/")
				|| r.contains("\\");
	}

	private static boolean safe(String id) {
		return id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}") && !id.contains("..");
	}
}
