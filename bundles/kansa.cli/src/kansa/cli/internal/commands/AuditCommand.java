package kansa.cli.internal.commands;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import kansa.cli.internal.Args;
import kansa.cli.internal.CliContext;
import kansa.cli.internal.Command;
import kansa.cli.internal.UsageException;
import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Client;
import kansa.core.audit.Verdict;
import kansa.core.checklist.Checklist;
import kansa.core.json.KansaDataException;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** {@code kansa audit new|list}: create and list audits in a workspace. */
public class AuditCommand implements Command {

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String summary() {
		return "監査の作成・一覧 / create and list audits (audit new, audit list)";
	}

	@Override
	public String help() {
		return """
				kansa audit new --checklist ID --client NAME [options]
				kansa audit list [--workspace DIR]

				new   チェックリストのスナップショットを取り、新しい監査を作成します（ワークスペースがなければ作成）。
				      Creates an audit that keeps a snapshot of the checklist (creates the workspace if needed).
				  --checklist ID     チェックリスト / checklist id (kansa checklists), optionally ID@VERSION
				  --client NAME      被監査組織 / audited organisation
				  --title TEXT       監査名 / audit title (default: 「<client> 内部監査」)
				  --id ID            監査ID / audit id (default: date and sequence, e.g. 2026-11-22-01)
				  --lead NAME        監査責任者 / lead auditor
				  --scope TEXT       監査範囲 / scope
				  --site NAME        対象拠点 / site in scope (repeatable)
				  --start DATE       開始日 / first day, yyyy-mm-dd
				  --end DATE         終了日 / last day, yyyy-mm-dd
				list  ワークスペースの監査を一覧表示します / lists the workspace's audits
				  --workspace DIR    ワークスペース / workspace folder (default ./kansa-workspace)
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		if (raw.isEmpty()) {
			throw new UsageException("missing sub-command: new or list");
		}
		return switch (raw.get(0)) {
			case "new" -> create(raw.subList(1, raw.size()), ctx);
			case "list" -> list(raw.subList(1, raw.size()), ctx);
			default -> throw new UsageException("unknown sub-command '" + raw.get(0) + "': use new or list");
		};
	}

	private int create(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("checklist", "client", "title", "id", "lead", "scope", "site", "start", "end",
				"workspace"), Set.of());
		args.expectPositionals(0);
		String checklistRef = args.required("checklist");
		String clientName = args.required("client");
		LocalDate start = date(args, "start");
		LocalDate end = date(args, "end");
		Workspace ws = Workspace.openOrCreate(ctx.workspacePath(args, CliContext.DEFAULT_WORKSPACE));
		Checklist checklist = findChecklist(ctx, ws, checklistRef);
		String id = args.option("id").orElse(nextId(ws));
		if (ws.hasAudit(id)) {
			throw new UsageException("an audit '" + id + "' already exists in " + ws.root());
		}
		Audit audit = new Audit(id, args.option("title").orElse(clientName + " 内部監査"),
				new Client(clientName, args.all("site")), args.option("scope").orElse(""), "", List.of(checklist.standard()),
				start, end, args.option("lead").orElse(""), List.of(), List.of(), AuditStatus.PLANNED, "", checklist,
				List.of(), "");
		ws.saveAudit(audit);
		ctx.out().println("監査を作成しました / created audit " + id + ": " + clientName + ", " + checklist.reference()
				+ " (" + checklist.itemCount() + " 項目/items)");
		ctx.out().println("  " + ws.auditDirectory(id).resolve("audit.json"));
		return 0;
	}

	private static Checklist findChecklist(CliContext ctx, Workspace ws, String ref) throws Exception {
		var builtIn = ctx.builtInChecklist(ref);
		if (builtIn.isPresent()) {
			return builtIn.get();
		}
		String id = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
		if (ws.checklistIds().contains(id)) {
			return ws.loadChecklist(id);
		}
		throw new UsageException("no checklist '" + ref + "' (kansa checklists lists them)");
	}

	private static String nextId(Workspace ws) throws WorkspaceException {
		String day = LocalDate.now().toString();
		for (int n = 1;; n++) {
			String id = String.format("%s-%02d", day, n);
			if (!ws.hasAudit(id)) {
				return id;
			}
		}
	}

	private static LocalDate date(Args args, String name) throws UsageException {
		String value = args.option(name).orElse(null);
		try {
			return value == null ? null : LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException("--" + name + ": '" + value + "' is not a date (yyyy-mm-dd)");
		}
	}

	private int list(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("workspace"), Set.of());
		args.expectPositionals(0);
		Workspace ws = ctx.openWorkspace(args);
		List<String> ids = ws.auditIds();
		ctx.out().println("監査 / Audits (" + ws.root() + ")");
		if (ids.isEmpty()) {
			ctx.out().println("  (なし / none: kansa audit new)");
		}
		int broken = 0;
		for (String id : ids) {
			try {
				Audit a = ws.loadAudit(id);
				long assessed = a.checklist().items().filter(i -> a.verdictOf(i.id()) != Verdict.NOT_ASSESSED).count();
				ctx.out().printf("  %-20s %-6s %4d/%-4d %s  %s%n", a.id(), a.status().label(null), assessed,
						a.checklist().itemCount(), a.client().name(), a.title());
			} catch (KansaDataException | WorkspaceException e) {
				broken++;
				ctx.err().println("  ! " + e.getMessage());
			}
		}
		return broken == 0 ? 0 : 1;
	}
}
