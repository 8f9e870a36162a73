package kansa.cli.internal.commands;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kansa.audit.CarryOver;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.cli.command.UsageException;
import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Client;
import kansa.core.checklist.Checklist;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** {@code kansa audit new}: an audit with a snapshot of its checklist; optionally following up an earlier one. */
final class AuditNew implements Command {

	@Override
	public String name() {
		return "new";
	}

	@Override
	public String summary() {
		return "監査を作成 / create an audit";
	}

	@Override
	public String help() {
		return """
				kansa audit new --checklist ID --client NAME [options]

				チェックリストのスナップショットを取り、新しい監査を作成します（ワークスペースがなければ作成）。
				Creates an audit that keeps a snapshot of the checklist (creates the workspace if needed).
				  --checklist ID     チェックリスト / checklist id (kansa checklists), optionally ID@VERSION
				  --client NAME      被監査組織 / audited organisation
				  --previous AUDIT   前回監査 / previous audit of the client: its open corrective actions are carried over
				  --title TEXT       監査名 / audit title (default: 「<client> 内部監査」)
				  --id ID            監査ID / audit id (default: date and sequence, e.g. 2026-11-22-01)
				  --lead NAME        監査責任者 / lead auditor
				  --scope TEXT       監査範囲 / scope
				  --site NAME        対象拠点 / site in scope (repeatable)
				  --start DATE       開始日 / first day, yyyy-mm-dd
				  --end DATE         終了日 / last day, yyyy-mm-dd
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = AuditArgs.parse(raw, Set.of("checklist", "client", "previous", "title", "id", "lead", "scope", "site",
				"start", "end"));
		args.expectPositionals(0);
		String checklistRef = args.required("checklist");
		String clientName = args.required("client");
		LocalDate start = AuditArgs.date(args, "start");
		LocalDate end = AuditArgs.date(args, "end");
		Workspace ws = Workspace.openOrCreate(ctx.workspacePath(args, CliContext.DEFAULT_WORKSPACE));
		Checklist checklist = findChecklist(ctx, ws, checklistRef);
		String id = args.option("id").orElse(nextId(ws));
		if (ws.hasAudit(id)) {
			throw new UsageException("監査 '" + id + "' は既にあります / an audit '" + id + "' already exists in "
					+ ws.root());
		}
		Audit audit = new Audit(id, args.option("title").orElse(clientName + " 内部監査"),
				new Client(clientName, args.all("site")), args.option("scope").orElse(""), "", List.of(checklist.standard()),
				start, end, args.option("lead").orElse(""), List.of(), List.of(), AuditStatus.PLANNED, "", checklist,
				List.of(), "");
		if (args.option("previous").isPresent()) {
			audit = CarryOver.followUp(ws.loadAudit(args.option("previous").get()), audit);
		}
		ws.createAudit(audit);
		ctx.out().println("監査を作成しました / created audit " + id + ": " + clientName + ", " + checklist.reference()
				+ " (" + checklist.itemCount() + " 項目/items)");
		if (!audit.carriedOver().isEmpty()) {
			ctx.out().println("  前回からの継続 / carried over from " + audit.previousAuditId() + ": "
					+ audit.carriedOver().size() + " 件の是正処置要求 / open corrective actions");
		}
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
		throw new UsageException("チェックリスト '" + ref + "' がありません / no checklist '" + ref
				+ "' (kansa checklists lists them)");
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
}
