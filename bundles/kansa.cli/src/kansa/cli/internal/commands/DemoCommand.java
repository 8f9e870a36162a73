package kansa.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.cli.internal.ReportFiles;
import kansa.cli.command.UsageException;
import kansa.cli.internal.demo.DemoAudit;
import kansa.core.audit.Audit;
import kansa.core.checklist.Checklist;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.workspace.Workspace;

/**
 * {@code kansa demo}: a sample workspace with a filled-in audit, and its Excel evidence sheet and PDF report.
 * An existing sample audit is kept as it is (the user may have edited it); only the reports are written again.
 */
public class DemoCommand implements Command {

	static final String DEFAULT_FOLDER = "kansa-demo";

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String summary() {
		return "サンプル監査と報告書の作成 / create a sample audit and write its reports";
	}

	@Override
	public String help() {
		return """
				kansa demo [--workspace DIR] [--lang ja|en]

				架空の製造業（株式会社みなと精機）の ISMS 内部監査をサンプルとして作成し、
				Excel 証跡一覧と PDF 内部監査報告書を DIR/reports/ に出力します。
				Creates a sample ISMS internal audit of a fictional manufacturer and writes its Excel evidence
				sheet and PDF audit report into DIR/reports/. An existing sample audit is kept; reports are rewritten.

				  --workspace DIR    サンプル用ワークスペース / sample workspace folder (default ./kansa-demo)
				  --lang ja|en       報告書の言語 / report language (default ja)
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("workspace", "lang"), Set.of());
		args.expectPositionals(0);
		var locale = ReportCommand.locale(args.option("lang").orElse("ja"));
		ReportGenerator xlsx = ctx.generator("xlsx");
		ReportGenerator pdf = ctx.generator("pdf");
		Workspace ws = Workspace.openOrCreate(ctx.workspacePath(args, DEFAULT_FOLDER));
		Audit audit;
		if (ws.hasAudit(DemoAudit.ID)) {
			audit = ws.loadAudit(DemoAudit.ID);
			ctx.out().println("サンプル監査を再利用します / reusing the sample audit in " + ws.root());
		} else {
			Checklist checklist = ctx.builtInChecklist(DemoAudit.CHECKLIST_ID).orElseThrow(() -> new UsageException(
					"the ISMS catalog (" + DemoAudit.CHECKLIST_ID + ") is not installed"));
			audit = DemoAudit.create(ws, checklist);
			ctx.out().println("サンプル監査を作成しました / created the sample audit in " + ws.root());
		}
		ctx.out().printf("  %s: %s, %s, %d 項目/items, %d 指摘/findings, %d 証跡/evidence files%n", audit.id(),
				audit.client().name(), audit.checklist().reference(), audit.checklist().itemCount(),
				audit.findings().size(), audit.evidence().size());
		ctx.out().println("報告書 / Reports:");
		Path reports = ws.root().resolve("reports");
		// as `kansa report` does: the workspace's firm template, and the comparison with last year's audit
		ReportRequest request = new ReportRequest(audit, ws.auditDirectory(audit.id()), locale,
				ReportCommand.template(args, ws, ctx)).withPreviousAudit(ReportCommand.previous(audit, ws, ctx));
		for (ReportGenerator g : List.of(xlsx, pdf)) {
			ReportFiles.write(g, request, reports.resolve(audit.id() + "." + g.fileExtension()), ctx.out(), ctx.err());
		}
		return 0;
	}
}
