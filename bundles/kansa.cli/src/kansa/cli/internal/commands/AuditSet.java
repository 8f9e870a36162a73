package kansa.cli.internal.commands;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import kansa.audit.AuditOperations;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.core.audit.Audit;
import kansa.core.text.Language;
import kansa.workspace.Workspace;

/** {@code kansa audit set AUDIT ITEM --verdict V}: records a verdict, notes and the person interviewed. */
final class AuditSet implements Command {

	@Override
	public String name() {
		return "set";
	}

	@Override
	public String summary() {
		return "判定・所見を記録 / record an item's verdict and notes";
	}

	@Override
	public String help() {
		return """
				kansa audit set AUDIT ITEM --verdict VERDICT [--notes TEXT] [--interviewee NAME] [--site SITE]

				  --verdict    適合 | 軽微な不適合 | 重大な不適合 | 観察事項 | 改善の機会 | 該当なし | 未評価
				               (or conforming, minor-nonconformity, major-nonconformity, observation,
				                opportunity-for-improvement, not-applicable, not-assessed)
				  --notes      所見 / notes
				  --interviewee 被監査者 / person interviewed
				  --site       拠点・部門 / site or department (the same item can be audited at several)
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = AuditArgs.parse(raw, Set.of("verdict", "notes", "interviewee", "site"));
		String auditId = args.positional(0, "audit id");
		String itemId = args.positional(1, "item id (e.g. A.8.8)");
		args.expectPositionals(2);
		Workspace ws = ctx.openWorkspace(args);
		var verdict = AuditArgs.verdict(args.required("verdict"));
		Audit audit = ws.updateAudit(auditId, current -> AuditOperations.recordVerdict(current, itemId,
				args.option("site").orElse(""), verdict, args.option("notes").orElse(null),
				args.option("interviewee").orElse(null), Instant.now()));
		ctx.out().println(itemId + ": " + audit.verdictOf(itemId).label(Language.JA));
		return 0;
	}
}
