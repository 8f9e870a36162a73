package kansa.cli.internal.commands;

import static kansa.cli.internal.Columns.pad;

import java.util.List;
import java.util.Set;

import kansa.audit.CorrectiveActions;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.core.json.KansaDataException;
import kansa.core.text.Language;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** {@code kansa audit list}: the workspace's audits with progress; unreadable files are named, not skipped. */
final class AuditList implements Command {

	@Override
	public String name() {
		return "list";
	}

	@Override
	public String summary() {
		return "監査の一覧 / list the workspace's audits";
	}

	@Override
	public String help() {
		return "kansa audit list [--workspace DIR]\n\n監査の一覧（状態、評価済み/全項目、未完了の是正処置）/ audits with status, progress and open corrective actions\n";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = AuditArgs.parse(raw, Set.of());
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
				ctx.out().println("  " + pad(a.id(), 20) + pad(a.status().label(Language.JA), 8)
						+ pad(assessed + "/" + a.checklist().itemCount(), 9) + pad("是正 " + CorrectiveActions.open(a).size(), 8)
						+ pad(a.client().name(), 22) + a.title());
			} catch (KansaDataException | WorkspaceException e) {
				broken++;
				ctx.err().println("  ! " + e.getMessage());
			}
		}
		return broken == 0 ? 0 : 1;
	}
}
