package kansa.cli.internal.commands;

import java.util.List;
import java.util.Set;

import kansa.audit.AuditLifecycle;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.core.audit.AuditStatus;
import kansa.core.text.Language;
import kansa.workspace.Workspace;

/** {@code kansa audit status AUDIT STATUS}: moves the audit along its life cycle, or says what is missing. */
final class AuditStatusChange implements Command {

	@Override
	public String name() {
		return "status";
	}

	@Override
	public String summary() {
		return "監査の状態を変更 / move the audit (planned → in-progress → reported → closed)";
	}

	@Override
	public String help() {
		return """
				kansa audit status AUDIT STATUS

				  STATUS  計画 | 実施中 | 報告済 | 完了  (planned, in-progress, reported, closed)
				報告済にはすべての項目の評価と不適合の指摘が、完了にはすべての是正処置の完了が必要です。
				Reporting needs every item judged and every nonconformity stated as a finding; closing needs every
				corrective action closed. A reported audit can be reopened (in-progress).
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = AuditArgs.parse(raw, Set.of());
		String auditId = args.positional(0, "audit id");
		AuditStatus to = AuditArgs.auditStatus(args.positional(1, "status"));
		args.expectPositionals(2);
		Workspace ws = ctx.openWorkspace(args);
		ws.updateAudit(auditId, current -> AuditLifecycle.moveTo(current, to));
		ctx.out().println(auditId + ": " + to.label(Language.JA));
		return 0;
	}
}
