package kansa.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.cli.internal.ReportFiles;
import kansa.cli.command.UsageException;
import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.core.text.Language;
import kansa.workspace.Workspace;

/**
 * {@code kansa report AUDIT --format xlsx|pdf}: writes an audit's report with the generator for the format, with
 * the firm's template and the previous audit when there are. Any audit id is an audit's, {@code bench} too: the
 * benchmark is the developers' {@code kansa bench report}, not part of the product.
 */
public class ReportCommand implements Command {

	/** Report option naming the template folder (report.json, logo.png) of the consultant's firm. */
	static final String TEMPLATE = "template";

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String summary() {
		return "報告書の出力 / write an audit's report (xlsx, pdf)";
	}

	@Override
	public String help() {
		return """
				kansa report AUDIT --format FORMAT [--out FILE] [--lang ja|en] [--template DIR] [--draft]
				             [--workspace DIR]

				監査の報告書を出力します。形式はインストール済みの報告書バンドルが提供します（xlsx: 証跡一覧、pdf: 内部監査報告書）。
				前回監査（previousAuditId）がワークスペースにあれば、前回からの変化も載せます。
				Writes the audit's report in a format contributed by an installed report bundle. When the previous
				audit it names is in the workspace, the report shows what changed since.

				  --format FORMAT    xlsx | pdf (or any other installed format)
				  --out FILE         出力先 / output file (default ./AUDIT.EXT); written atomically
				  --lang ja|en       言語 / language (default ja)
				  --template DIR     報告書テンプレート（report.json、logo.png）/ firm branding folder
				                     (default: the workspace's template/ folder when it exists)
				  --draft            「ドラフト」の印を全ページに付ける / mark every page as a draft
				                     (未評価の項目がある監査は常にドラフト / always so while items are not assessed)
				  --workspace DIR    ワークスペース / workspace folder (default ./kansa-workspace)
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("format", "out", "lang", "template", "workspace"), Set.of("draft"));
		String auditId = args.positional(0, "audit id (kansa audit list shows them)");
		args.expectPositionals(1);
		ReportGenerator generator = ctx.generator(args.required("format"));
		Locale locale = locale(args.option("lang").orElse("ja"));
		Workspace ws = ctx.openWorkspace(args);
		Audit audit = ws.loadAudit(auditId);
		Path out = ctx.currentDirectory()
				.resolve(args.option("out").orElse(audit.id() + "." + generator.fileExtension())).normalize();
		ReportRequest request = new ReportRequest(audit, ws.auditDirectory(audit.id()), locale,
				template(args, ws, ctx)).withPreviousAudit(previous(audit, ws, ctx)).withDraft(args.flag("draft"));
		if (request.hasUnassessedItems() && !request.draft()) {
			int open = audit.verdictCounts().get(Verdict.NOT_ASSESSED);
			ctx.err().println("kansa report: 未評価の項目が " + open + " 件あるため、報告書をドラフトとして出力します / " + open
					+ " items are not assessed yet: the report is marked as a draft");
		}
		ReportFiles.write(generator, request, out, ctx.out(), ctx.err());
		return 0;
	}

	/** Option {@value #TEMPLATE}: --template DIR, else the workspace's template/ folder when there is one. */
	static Map<String, String> template(Args args, Workspace ws, CliContext ctx) throws UsageException {
		Optional<String> given = args.option("template");
		Path dir = given.map(d -> ctx.currentDirectory().resolve(d).normalize())
				.orElse(ws.root().resolve(TEMPLATE));
		if (given.isPresent() && !Files.isDirectory(dir)) {
			throw new UsageException("フォルダ " + given.get() + " がありません / --template " + given.get()
					+ ": no such folder");
		}
		return Files.isDirectory(dir) ? Map.of(TEMPLATE, dir.toString()) : Map.of();
	}

	/** The previous audit the report compares with, when it is in the workspace. */
	static Audit previous(Audit audit, Workspace ws, CliContext ctx) throws Exception {
		String id = audit.previousAuditId();
		if (id.isEmpty()) {
			return null;
		}
		if (!ws.hasAudit(id)) {
			ctx.err().println("kansa report: 前回監査 " + id + " がワークスペースにないため、前回からの変化は載せません"
					+ " / previous audit " + id + " is not in the workspace: no comparison");
			return null;
		}
		return ws.loadAudit(id);
	}

	static Locale locale(String lang) throws UsageException {
		return switch (lang) {
			case "ja" -> Language.JA.locale();
			case "en" -> Language.EN.locale();
			default -> throw new UsageException("--lang は ja か en です / --lang must be ja or en");
		};
	}
}
