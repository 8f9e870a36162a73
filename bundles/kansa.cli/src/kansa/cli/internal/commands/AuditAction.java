package kansa.cli.internal.commands;

import java.util.List;
import java.util.Set;

import kansa.audit.AuditOperations;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.text.Language;
import kansa.workspace.Workspace;

/** {@code kansa audit action AUDIT CAR --status S}: follows a corrective-action request towards closure. */
final class AuditAction implements Command {

	@Override
	public String name() {
		return "action";
	}

	@Override
	public String summary() {
		return "是正処置の状況を更新 / update a corrective action (open → response → verified → closed)";
	}

	@Override
	public String help() {
		return """
				kansa audit action AUDIT CAR-ID --status STATUS [--response TEXT]

				  --status    未回答 | 回答受領 | 有効性確認済 | 完了  (open, response-received, verified, closed)
				  --response  被監査側の回答 / the client's response (needed for 回答受領)
				前回監査から引き継いだ要求も更新できます。番号は監査ごとに CAR-001 から始まるので、この監査にも同じ番号が
				あるときは監査を付けて指定します（例: 2025-isms/CAR-001、kansa audit show に表示）。
				Requests carried over from earlier audits can be updated too. Numbers restart in every audit: where this
				audit has the same number, name the carried one with its audit (e.g. 2025-isms/CAR-001, as audit show lists).
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = AuditArgs.parse(raw, Set.of("status", "response"));
		String auditId = args.positional(0, "audit id");
		String carId = args.positional(1, "corrective action id (e.g. CAR-001)");
		args.expectPositionals(2);
		CorrectiveActionStatus status = AuditArgs.actionStatus(args.required("status"));
		Workspace ws = ctx.openWorkspace(args);
		ws.updateAudit(auditId, current -> AuditOperations.updateCorrectiveAction(current, carId, status,
				args.option("response").orElse(null)));
		ctx.out().println(carId + ": " + status.label(Language.JA));
		return 0;
	}
}
