package kansa.cli.internal.commands;

import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistCatalog;
import kansa.core.json.KansaDataException;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** {@code kansa checklists}: the built-in catalogs and the workspace's own checklists. */
public class ChecklistsCommand implements Command {

	@Override
	public String name() {
		return "checklists";
	}

	@Override
	public String summary() {
		return "チェックリストの一覧 / list built-in and workspace checklists";
	}

	@Override
	public String help() {
		return """
				kansa checklists [--workspace DIR]

				組み込みカタログ（インストール済みのバンドルが提供）と、ワークスペースのチェックリストを一覧表示します。
				Lists the checklists contributed by installed catalog bundles and those in the workspace.

				  --workspace DIR   ワークスペース / workspace folder (default ./kansa-workspace)
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("workspace"), Set.of());
		args.expectPositionals(0);
		ctx.out().println("組み込みチェックリスト / Built-in checklists");
		List<ChecklistCatalog> catalogs = ctx.catalogs().stream().sorted(Comparator.comparing(ChecklistCatalog::id)).toList();
		if (catalogs.isEmpty()) {
			ctx.out().println("  (なし / none installed)");
		}
		for (ChecklistCatalog catalog : catalogs) {
			for (Checklist c : catalog.checklists()) {
				print(ctx, c, catalog.id());
			}
		}
		var path = ctx.workspacePath(args, CliContext.DEFAULT_WORKSPACE);
		if (Files.isRegularFile(path.resolve(Workspace.MARKER))) {
			Workspace ws = Workspace.open(path);
			ctx.out().println();
			ctx.out().println("ワークスペースのチェックリスト / Workspace checklists (" + ws.root() + ")");
			List<String> ids = ws.checklistIds();
			if (ids.isEmpty()) {
				ctx.out().println("  (なし / none)");
			}
			for (String id : ids) {
				try {
					print(ctx, ws.loadChecklist(id), "workspace");
				} catch (KansaDataException | WorkspaceException e) {
					ctx.err().println("  ! " + e.getMessage());
				}
			}
		}
		return 0;
	}

	private static void print(CliContext ctx, Checklist c, String origin) {
		ctx.out().printf("  %-22s v%-5s %4d 項目/items  %s  [%s]%n", c.id(), c.version(), c.itemCount(), c.title().ja(),
				origin);
	}
}
