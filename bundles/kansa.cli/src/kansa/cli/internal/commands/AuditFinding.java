package kansa.cli.internal.commands;

import java.util.List;
import java.util.Set;

import kansa.audit.AuditOperations;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.core.audit.Audit;
import kansa.core.audit.FindingGrade;
import kansa.core.text.Language;
import kansa.workspace.Workspace;

/** {@code kansa audit finding AUDIT ITEM --grade G --statement S}: a finding, and for a nonconformity its CAR. */
final class AuditFinding implements Command {

	@Override
	public String name() {
		return "finding";
	}

	@Override
	public String summary() {
		return "指摘事項を記録 / record a finding (a nonconformity raises a corrective action)";
	}

	@Override
	public String help() {
		return """
				kansa audit finding AUDIT ITEM --grade GRADE --statement TEXT [options]

				  --grade      重大な不適合 | 軽微な不適合 | 観察事項 | 改善の機会
				               (major-nonconformity, minor-nonconformity, observation, opportunity-for-improvement)
				  --statement  指摘内容 / what is wrong, against the requirement
				  --evidence   根拠 / what was seen
				  --cause      原因 / root cause
				  --site       拠点・部門 / site or department
				是正処置要求（不適合のみ）/ corrective action (nonconformities only):
				  --request    要求事項 / what the client is asked to do
				  --owner      担当 / owner at the client
				  --due        期限 / due date, yyyy-mm-dd
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = AuditArgs.parse(raw, Set.of("grade", "statement", "evidence", "cause", "site", "request", "owner", "due"));
		String auditId = args.positional(0, "audit id");
		String itemId = args.positional(1, "item id");
		args.expectPositionals(2);
		FindingGrade grade = AuditArgs.grade(args.required("grade"));
		Workspace ws = ctx.openWorkspace(args);
		String statement = args.required("statement");
		var due = AuditArgs.date(args, "due");
		Audit audit = ws.updateAudit(auditId, current -> AuditOperations.addFinding(current, itemId,
				args.option("site").orElse(""), grade, statement, args.option("evidence").orElse(""),
				args.option("cause").orElse(""), args.option("request").orElse(""), args.option("owner").orElse(""), due));
		var recorded = audit.findings().stream().filter(f -> f.item().id().equals(itemId)).reduce((a, b) -> b).orElseThrow();
		var car = recorded.finding().correctiveAction();
		ctx.out().println(recorded.finding().id() + " (" + grade.label(Language.JA) + ")" + (car == null ? "" : " → " + car.id()));
		return 0;
	}
}
