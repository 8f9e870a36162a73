package kansa.cli.internal.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.cli.command.UsageException;
import kansa.core.incident.Incident;
import kansa.core.incident.IncidentSet;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;
import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.FolderIncidentLibrary;
import kansa.incidents.extract.IncidentDraft;
import kansa.incidents.IncidentMapping;
import kansa.workspace.AtomicFiles;
import kansa.workspace.Workspace;

/** {@code kansa incident …}: the incident library — list, show, search, statistics, articles, import, export. */
public class IncidentCommand implements Command {

	@Override
	public String name() {
		return "incident";
	}

	@Override
	public String summary() {
		return "事故事例ライブラリ / incident library (list, show, search, add, extract, eval, import, export, stats)";
	}

	@Override
	public String help() {
		return """
				kansa incident list|show ID|search QUERY|stats|add --from-article FILE|extract FILE|eval DIR|import DIR|export

				list                       すべての事例（組み込み・自社ライブラリ・ワークスペース）/ every case
				show ID [--json]           事例の詳細 / one case in full
				search QUERY [filters]     日本語全文検索（kuromoji）/ Japanese full-text search
				  --cause C  --data-type T  --industry I  (繰り返し可 / repeatable)
				  --year YYYY  --min-records N  --item ITEM (A.8.8 or iso27001-2022/A.8.8)  --limit N
				stats [--checklist ID]     項目別・原因別の件数と影響件数 / statistics per item and per cause
				add --from-article FILE [--id ID]
				                           記事から下書きを作り（根拠の箇所つきで表示）、ワークスペースに保存
				                           drafts a case from an article, prints it with spans, saves it to the workspace
				extract FILE [--json]      記事から下書きを作って表示するだけ（保存しない）/ draft only, nothing saved;
				                           --json: dates yyyy-mm-dd, counts as numbers
				eval DIR [--misses N]      抽出の精度：DIR の記事 NAME.txt と期待値 NAME.json を比べ、項目別の
				                           正解率・適合率・再現率と誤りを表に / extractor accuracy on notices with
				                           their expected fields: per field right, precision, recall and the misses
				                           (--misses: how many to list, default all)
				import DIR                 フォルダの事例JSONをワークスペースに取り込む / copies case files into the workspace
				export [--out FILE] [--all]
				                           ワークスペースの事例を1つのJSONに（--all: 組み込みも）/ one JSON of the cases

				  --workspace DIR          ワークスペース / workspace folder (default ./kansa-workspace); its index is
				                           kept in DIR/.index/incidents and rebuilt when cases change
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		if (raw.isEmpty()) {
			throw new UsageException("サブコマンドを指定してください / missing sub-command: list, show, search, stats, "
					+ "add, extract, eval, import or export");
		}
		List<String> rest = raw.subList(1, raw.size());
		return switch (raw.get(0)) {
			case "list" -> list(rest, ctx);
			case "show" -> show(rest, ctx);
			case "search" -> new IncidentSearch(ctx).run(rest);
			case "stats" -> stats(rest, ctx);
			case "add" -> add(rest, ctx);
			case "extract" -> extract(rest, ctx);
			case "eval" -> new IncidentEval(ctx).run(rest);
			case "import" -> importFolder(rest, ctx);
			case "export" -> export(rest, ctx);
			default -> throw new UsageException("サブコマンド '" + raw.get(0) + "' はありません / unknown sub-command '"
					+ raw.get(0) + "'");
		};
	}

	private int list(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("workspace"), Set.of());
		args.expectPositionals(0);
		IncidentMapping mapping = IncidentSources.mapping(ctx, IncidentSources.workspaceIfAny(ctx, args));
		ctx.out().println("事故事例 / Incidents (" + mapping.incidents().size() + ")");
		for (Incident i : mapping.incidents()) {
			ctx.out().println("  " + IncidentSearch.oneLine(i));
		}
		return 0;
	}

	private int show(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("workspace"), Set.of("json"));
		String id = args.positional(0, "incident id (kansa incident list shows them)");
		args.expectPositionals(1);
		Incident i = IncidentSources.mapping(ctx, IncidentSources.workspaceIfAny(ctx, args)).find(id)
				.orElseThrow(() -> new UsageException("事例がありません / no incident '" + id + "'"));
		if (args.flag("json")) {
			ctx.out().print(new String(KansaJson.write(i), StandardCharsets.UTF_8));
		} else {
			new IncidentPrinter(ctx.out()).print(i);
		}
		return 0;
	}

	private int stats(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("workspace", "checklist"), Set.of());
		args.expectPositionals(0);
		IncidentMapping mapping = IncidentSources.mapping(ctx, IncidentSources.workspaceIfAny(ctx, args));
		List<String> checklists = args.option("checklist").map(List::of)
				.orElse(List.of("iso27001-2022", "pmark-jisq15001-2017"));
		for (String checklist : checklists) {
			ctx.out().println("項目別 / Per item: " + checklist + "  (事例数 cases, 影響件数合計 total records)");
			for (var s : mapping.statisticsByItem(checklist)) {
				ctx.out().printf("  %-12s %3d  %,12d  %s%n", s.itemId(), s.incidents(), s.totalRecords(),
						String.join(", ", s.incidentIds()));
			}
		}
		ctx.out().println("原因別 / Per cause  (事例数 cases, 影響件数合計 total records)");
		for (var s : mapping.statisticsByCause()) {
			ctx.out().printf("  %-24s %3d  %,12d%n", s.cause(), s.incidents(), s.totalRecords());
		}
		return 0;
	}

	private int extract(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of(), Set.of("json"));
		String file = args.positional(0, "article file");
		args.expectPositionals(1);
		IncidentDraft draft = new ArticleExtractor().extract(IncidentSources.readArticle(ctx, file));
		if (args.flag("json")) {
			ctx.out().print(new String(KansaJson.write(draft), StandardCharsets.UTF_8));
		} else {
			new DraftPrinter(ctx.out()).print(draft);
		}
		return 0;
	}

	private int add(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("from-article", "id", "workspace"), Set.of());
		args.expectPositionals(0);
		String file = args.required("from-article");
		IncidentDraft draft = new ArticleExtractor().extract(IncidentSources.readArticle(ctx, file));
		new DraftPrinter(ctx.out()).print(draft);
		Workspace ws = Workspace.openOrCreate(ctx.workspacePath(args, CliContext.DEFAULT_WORKSPACE));
		String id = args.option("id").orElse(draft.suggestedId(ws.incidentIds(), LocalDate.now()));
		if (ws.incidentIds().contains(id)) {
			throw new UsageException("事例 '" + id + "' は既にあります / an incident '" + id + "' already exists (--id)");
		}
		Incident incident = draft.toIncident(id, "");
		ws.createIncident(incident);
		ctx.out().println();
		ctx.out().println("下書きを保存しました / saved the draft as " + id + ": "
				+ ws.root().resolve("incidents").resolve(id + ".json"));
		ctx.out().println("  あらすじ（narrative）と該当項目（mappedItems）を記入してください / add the narrative and mapped items");
		return 0;
	}

	private int importFolder(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("workspace"), Set.of("replace"));
		Path dir = ctx.currentDirectory().resolve(args.positional(0, "folder of incident JSON files")).normalize();
		args.expectPositionals(1);
		if (!java.nio.file.Files.isDirectory(dir)) {
			throw new UsageException("フォルダがありません / no such folder: " + dir);
		}
		FolderIncidentLibrary lib = FolderIncidentLibrary.read("import", dir);
		Workspace ws = Workspace.openOrCreate(ctx.workspacePath(args, CliContext.DEFAULT_WORKSPACE));
		List<String> existing = ws.incidentIds();
		int saved = 0;
		int skipped = 0;
		for (Incident i : lib.incidents()) {
			if (existing.contains(i.id()) && !args.flag("replace")) {
				ctx.err().println("  - 既存のためスキップ / exists, skipped (--replace): " + i.id());
				skipped++;
				continue;
			}
			ws.saveIncident(i);
			saved++;
		}
		lib.problems().forEach(p -> ctx.err().println("  ! " + p));
		ctx.out().printf("取り込み / imported %d, スキップ / skipped %d, 読めないファイル / unreadable %d → %s%n", saved,
				skipped, lib.problems().size(), ws.root().resolve("incidents"));
		return lib.problems().isEmpty() ? 0 : 1;
	}

	private int export(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("workspace", "out"), Set.of("all"));
		args.expectPositionals(0);
		Workspace ws = IncidentSources.workspaceIfAny(ctx, args);
		List<Incident> incidents;
		if (args.flag("all")) {
			incidents = IncidentSources.mapping(ctx, ws).incidents();
		} else if (ws != null) {
			incidents = IncidentSources.workspaceLibrary(ctx, ws).incidents();
		} else {
			throw new UsageException("ワークスペースがありません / no workspace at "
					+ ctx.workspacePath(args, CliContext.DEFAULT_WORKSPACE) + " (--all exports the built-in cases)");
		}
		byte[] json = KansaJson.write(new IncidentSet("kansa-export", LocalizedText.of("事例の書き出し", "Exported cases"),
				incidents));
		if (args.option("out").isEmpty()) {
			ctx.out().print(new String(json, StandardCharsets.UTF_8));
		} else {
			Path out = ctx.currentDirectory().resolve(args.option("out").get()).normalize();
			AtomicFiles.write(out, json);
			ctx.out().println("書き出しました / exported " + incidents.size() + " → " + out);
		}
		return 0;
	}
}
