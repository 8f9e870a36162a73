package kansa.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import kansa.checklist.ChecklistValidator;
import kansa.checklist.Checklists;
import kansa.checklist.Problem;
import kansa.checklist.diff.ChecklistDiffer;
import kansa.checklist.excel.ExcelExporter;
import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.ImportOptions;
import kansa.checklist.excel.ImportResult;
import kansa.checklist.excel.MappingSpec;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.cli.command.UsageException;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistCatalog;
import kansa.core.text.LocalizedText;
import kansa.workspace.AtomicFiles;
import kansa.workspace.Workspace;

/** {@code kansa checklist import|export|derive|diff|validate|list}: the user's own checklists. */
public class ChecklistCommand implements Command {

	@Override
	public String name() {
		return "checklist";
	}

	@Override
	public String summary() {
		return "チェックリストの取込・出力・派生・差分・検証 / import, export, derive, diff, validate checklists";
	}

	@Override
	public String help() {
		return """
				kansa checklist import FILE [--mapping M] [--sheet S] [--header-row N] [--id ID] [--title T]
				                            [--version V] [--standard S] [--dry-run] [--warnings all]
				                            [--warnings-out FILE] [--workspace DIR]
				kansa checklist export ID[@VERSION] --out FILE.xlsx [--workspace DIR]
				kansa checklist derive SOURCE --id NEW [--title T] [--workspace DIR]
				kansa checklist diff OLD NEW [--workspace DIR]
				kansa checklist validate ID|FILE [--workspace DIR]
				kansa checklist list [--workspace DIR]

				import    Excel（.xlsx / .xls）のチェックリストを取り込みます。見出し行を探して列の対応を提案し、結合セルの
				          見出しをセクションに、知らない列は追加項目として残します。数式は評価せず計算済みの値を読みます。
				          Imports an Excel checklist: finds the header, proposes the column mapping, follows merged section
				          rows, keeps unknown columns as extra fields. Formulas are not evaluated (cached values are read).
				  --mapping M      列の対応 / columns, e.g. "A=number,C=question,確認手段=how,H=ignore"
				                   fields: number title requirement question how evidence guidance related na
				                   verdict notes section id title-en question-en how-en evidence-en guidance-en
				                   extra ignore
				  --sheet S        シート名か番号 / sheet name or 1-based number (default: the sheet whose header
				                   matches best; the others that could be are listed)
				  --header-row N   見出しの行番号（0 = 見出しなし） / header row as Excel numbers it (0: none)
				  --id, --title, --version   新しいチェックリストの ID・タイトル・版 / id, title, version
				  --standard S     規格名のない項番の規格 / standard for bare numbers, e.g. "JIS Q 15001:2017"
				  --dry-run        対応と問題点、各行の扱いだけを表示し保存しない / show mapping, problems and what
				                   became of every row, save nothing
				  --warnings all   確認事項をすべて表示（既定は種類ごとに 10 箇所まで） / list every place of every
				                   kind of problem (default: 10 places per kind)
				  --warnings-out F 確認事項をすべてファイル F に書く（既存のファイルは上書きしない） / write every
				                   problem to a new file F
				export    チェックリストを取り込みと同じ形式の .xlsx に書き出します / writes the checklist as .xlsx
				derive    カタログなどから自社用のチェックリストを作ります（項目 ID を維持） / copies a checklist, keeping ids
				diff      2つの版の差分（追加・削除・移動・変更）/ added, removed, moved, edited items between versions
				          OLD/NEW: ID@VERSION (workspace or built-in), or a .json / .xlsx file
				validate  ID の重複・質問のない項目・存在しない関連項目などを一覧にします（エラーがあれば終了コード 1）
				          lists duplicate ids, empty questions, dangling references (exit code 1 on errors)
				list      組み込みとワークスペースのチェックリストと保存済みの版 / checklists and their kept versions
				  --workspace DIR  ワークスペース / workspace folder (default ./kansa-workspace)
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		if (raw.isEmpty()) {
			throw new UsageException("サブコマンドを指定してください / missing sub-command: import, export, derive, diff, "
					+ "validate or list");
		}
		List<String> rest = raw.subList(1, raw.size());
		try {
			return switch (raw.get(0)) {
				case "import" -> importSheet(rest, ctx);
				case "export" -> export(rest, ctx);
				case "derive" -> derive(rest, ctx);
				case "diff" -> diff(rest, ctx);
				case "validate" -> validate(rest, ctx);
				case "list" -> new ChecklistsCommand().run(rest, ctx) + versions(rest, ctx);
				default -> throw new UsageException("サブコマンド '" + raw.get(0) + "' はありません / unknown sub-command '"
						+ raw.get(0) + "': use import, export, derive, diff, validate or list");
			};
		} catch (ImportException e) {
			ctx.err().println("kansa checklist: " + e.getMessage());
			return 1;
		}
	}

	private int importSheet(List<String> raw, CliContext ctx) throws Exception {
		Args a = Args.parse(raw, Set.of("mapping", "sheet", "header-row", "id", "title", "version", "standard",
				"workspace", "warnings", "warnings-out"), Set.of("dry-run"));
		a.expectPositionals(1);
		Path file = ctx.currentDirectory().resolve(a.positional(0, "FILE (.xlsx or .xls)"));
		ImportOptions o = ImportOptions.defaults().withSheet(a.option("sheet").orElse(null))
				.withChecklist(a.option("id").orElse(null), a.option("title").map(LocalizedText::ja).orElse(null),
						a.option("version").orElse(null))
				.withStandard(a.option("standard").orElse(null));
		if (a.option("mapping").isPresent()) {
			o = o.withMapping(MappingSpec.parse(a.option("mapping").get()));
		}
		if (a.option("header-row").isPresent()) {
			o = o.withHeaderRow(headerRow(a.option("header-row").get()));
		}
		boolean allWarnings = a.option("warnings").isPresent();
		if (allWarnings && !a.option("warnings").get().equals("all")) {
			throw new UsageException("--warnings: 「" + a.option("warnings").get() + "」ではなく all を指定してください"
					+ " / use --warnings all");
		}
		Path warningsOut = a.option("warnings-out").map(ctx.currentDirectory()::resolve).orElse(null);
		if (warningsOut != null && Files.exists(warningsOut)) {
			throw new UsageException("--warnings-out: " + warningsOut + " は既にあります。上書きしません / already exists;"
					+ " not overwritten");
		}
		ImportResult r = new ExcelImporter().read(file, o);
		Checklist c = r.checklist();
		ctx.out().println("シート / sheet: " + r.sheet() + "   見出し行 / header row: "
				+ (r.mapping().headerRow() < 0 ? "なし / none" : Integer.toString(r.mapping().headerRow() + 1)));
		if (!r.alternatives().isEmpty()) {
			ctx.out().println("ほかの候補 / other candidates (--sheet):");
			r.alternatives().stream().limit(allWarnings ? Long.MAX_VALUE : 3)
					.forEach(x -> ctx.out().println("  " + x.describe()));
		}
		ctx.out().println("列の対応 / column mapping (--mapping " + r.mapping().asOption() + "):");
		r.mapping().describe().forEach(l -> ctx.out().println("  " + l));
		ImportReport.rows(ctx.out(), r);
		ImportReport.problems(ctx.out(), ImportReport.besidesRows(r), allWarnings);
		if (warningsOut != null) {
			ImportReport.write(warningsOut, r.problems());
			ctx.out().println("確認事項 " + r.problems().size() + " 件を書きました / wrote the problems to " + warningsOut);
		}
		ctx.out().printf("%s  v%s  %d セクション/sections  %d 項目/items%n", c.id(), c.version(),
				c.sections().stream().mapToLong(s -> s.allSections().count()).sum(), c.itemCount());
		if (a.flag("dry-run")) {
			ctx.out().println("保存していません / not saved (--dry-run)");
			return 0;
		}
		Workspace ws = Workspace.openOrCreate(ctx.workspacePath(a, CliContext.DEFAULT_WORKSPACE));
		if (ws.hasChecklist(c.id()) && ws.checklistVersions(c.id()).contains(c.version())) {
			throw new UsageException("チェックリスト " + c.reference() + " は既にあります / checklist " + c.reference()
					+ " already exists in " + ws.root() + "; import it as a new version with --version "
					+ Checklists.nextVersion(ws.loadChecklist(c.id()).version()) + " or under another --id");
		}
		ws.createChecklistVersion(c);
		ctx.out().println("保存しました / saved " + c.reference() + " in " + ws.root());
		return 0;
	}

	private static int headerRow(String value) throws UsageException {
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// fall through
		}
		throw new UsageException("--header-row: '" + value + "' は行番号ではありません（1, 2, …、なしは 0） / '" + value
				+ "' is not a row number (1, 2, …; 0 for none)");
	}

	private int export(List<String> raw, CliContext ctx) throws Exception {
		Args a = Args.parse(raw, Set.of("out", "workspace"), Set.of());
		a.expectPositionals(1);
		Checklist c = ChecklistSources.find(ctx, ws(a, ctx), a.positional(0, "checklist ID"));
		Path out = ctx.currentDirectory().resolve(a.required("out"));
		AtomicFiles.write(out, stream -> new ExcelExporter().write(c, stream));
		ctx.out().println("書き出しました / exported " + c.reference() + " (" + c.itemCount() + " 項目/items) → " + out);
		return 0;
	}

	private int derive(List<String> raw, CliContext ctx) throws Exception {
		Args a = Args.parse(raw, Set.of("id", "title", "workspace"), Set.of());
		a.expectPositionals(1);
		Workspace ws = Workspace.openOrCreate(ctx.workspacePath(a, CliContext.DEFAULT_WORKSPACE));
		Checklist source = ChecklistSources.find(ctx, ws, a.positional(0, "source checklist"));
		String id = a.required("id");
		Checklist c = Checklists.derive(source, id, a.option("title").map(LocalizedText::ja).orElse(null));
		ws.createChecklist(c); // refuses an id already taken, checked and written under the checklists' lock
		ctx.out().println("派生しました / derived " + c.reference() + " from " + source.reference() + " ("
				+ c.itemCount() + " 項目/items)");
		return 0;
	}

	private int diff(List<String> raw, CliContext ctx) throws Exception {
		Args a = Args.parse(raw, Set.of("workspace"), Set.of());
		a.expectPositionals(2);
		Workspace ws = ws(a, ctx);
		Checklist older = ChecklistSources.find(ctx, ws, a.positional(0, "OLD checklist"));
		Checklist newer = ChecklistSources.find(ctx, ws, a.positional(1, "NEW checklist"));
		DiffPrinter.print(ChecklistDiffer.diff(older, newer), ctx.out());
		return 0;
	}

	private int validate(List<String> raw, CliContext ctx) throws Exception {
		Args a = Args.parse(raw, Set.of("workspace"), Set.of());
		a.expectPositionals(1);
		String ref = a.positional(0, "checklist ID or FILE");
		Path file = ctx.currentDirectory().resolve(ref);
		List<Problem> problems;
		if (ref.toLowerCase(java.util.Locale.ROOT).endsWith(".json") && Files.isRegularFile(file)) {
			problems = validator(ctx).validate(Files.readAllBytes(file), file.getFileName().toString());
		} else if (ChecklistSources.looksLikeFile(ref) && Files.isRegularFile(file)) {
			problems = new ExcelImporter().read(file, null).problems();
		} else {
			problems = validator(ctx).validate(ChecklistSources.find(ctx, ws(a, ctx), ref));
		}
		ImportReport.problems(ctx.out(), problems, false);
		long errors = problems.stream().filter(Problem::isError).count();
		ctx.out().println(errors == 0 ? "問題なし / valid" + (problems.isEmpty() ? "" : " (警告 " + problems.size() + " 件)")
				: "エラー " + errors + " 件 / " + errors + " errors");
		return errors == 0 ? 0 : 1;
	}

	private static ChecklistValidator validator(CliContext ctx) {
		return new ChecklistValidator(id -> ctx.catalogs().stream().flatMap(c -> c.checklists().stream())
				.filter(c -> c.id().equals(id)).findFirst());
	}

	private int versions(List<String> raw, CliContext ctx) throws Exception {
		Args a = Args.parse(raw, Set.of("workspace"), Set.of());
		Workspace ws = ws(a, ctx);
		if (ws != null) {
			for (String id : ws.checklistIds()) {
				List<String> v = ws.checklistVersions(id);
				if (!v.isEmpty()) {
					ctx.out().println("  " + id + " の版 / versions: " + String.join(", ", v));
				}
			}
		}
		long mappings = ctx.catalogs().stream().map(ChecklistCatalog::mappings).mapToLong(List::size).sum();
		if (mappings > 0) {
			ctx.out().println();
			ctx.out().println("対応表 / mappings");
			ctx.catalogs().stream().flatMap(c -> c.mappings().stream()).forEach(m -> ctx.out().printf(
					"  %-24s %s → %s  %d 件/entries%n", m.id(), m.from(), m.to(), m.entries().size()));
		}
		return 0;
	}

	private static Workspace ws(Args a, CliContext ctx) throws Exception {
		return ChecklistSources.workspace(ctx.workspacePath(a, CliContext.DEFAULT_WORKSPACE)).orElse(null);
	}
}
