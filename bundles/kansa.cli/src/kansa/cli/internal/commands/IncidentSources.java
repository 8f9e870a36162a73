package kansa.cli.internal.commands;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.UsageException;
import kansa.core.incident.IncidentLibrary;
import kansa.incidents.FolderIncidentLibrary;
import kansa.incidents.IncidentMapping;
import kansa.workspace.Workspace;

/** Where the incident commands get their cases and articles: installed libraries, the workspace, files. */
final class IncidentSources {

	private IncidentSources() {
	}

	/** The workspace, when --workspace (or ./kansa-workspace) is one; incident commands work without one too. */
	static Workspace workspaceIfAny(CliContext ctx, Args args) throws Exception {
		Path path = ctx.workspacePath(args, CliContext.DEFAULT_WORKSPACE);
		return Files.isRegularFile(path.resolve(Workspace.MARKER)) ? Workspace.open(path) : null;
	}

	/** The workspace's own cases; files that cannot be read are named on stderr and left alone. */
	static FolderIncidentLibrary workspaceLibrary(CliContext ctx, Workspace ws) throws IOException {
		FolderIncidentLibrary lib = FolderIncidentLibrary.read("workspace", ws.root().resolve("incidents"));
		lib.problems().forEach(p -> ctx.err().println("  ! 読めない事例ファイル / unreadable case file: " + p));
		return lib;
	}

	/** Built-in and firm libraries, then the workspace's cases. */
	static IncidentMapping mapping(CliContext ctx, Workspace ws) throws IOException {
		List<IncidentLibrary> libraries = new ArrayList<>(ctx.libraries());
		if (ws != null) {
			libraries.add(workspaceLibrary(ctx, ws));
		}
		return IncidentMapping.of(libraries);
	}

	/** An article file: UTF-8, else Shift_JIS (windows-31j), as saved by Japanese tools. */
	static String readArticle(CliContext ctx, String name) throws UsageException, IOException {
		Path file = ctx.currentDirectory().resolve(name).normalize();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new UsageException("ファイルがありません / no such file: " + file);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException notUtf8) {
			return new String(bytes, Charset.forName("windows-31j"));
		}
	}
}
