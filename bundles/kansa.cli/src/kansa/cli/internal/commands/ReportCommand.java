package kansa.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kansa.cli.internal.Args;
import kansa.cli.internal.CliContext;
import kansa.cli.internal.Command;
import kansa.cli.internal.ReportFiles;
import kansa.cli.internal.UsageException;
import kansa.core.audit.Audit;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.workspace.Workspace;

/** {@code kansa report AUDIT --format xlsx|pdf}: writes an audit's report with the generator for the format. */
public class ReportCommand implements Command {

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
				kansa report AUDIT --format FORMAT [--out FILE] [--lang ja|en] [--workspace DIR]

				監査の報告書を出力します。形式はインストール済みの報告書バンドルが提供します（xlsx: 証跡一覧、pdf: 内部監査報告書）。
				Writes the audit's report in a format contributed by an installed report bundle.

				  --format FORMAT    xlsx | pdf (or any other installed format)
				  --out FILE         出力先 / output file (default ./AUDIT.EXT); written atomically
				  --lang ja|en       言語 / language (default ja)
				  --workspace DIR    ワークスペース / workspace folder (default ./kansa-workspace)
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("format", "out", "lang", "workspace"), Set.of());
		String auditId = args.positional(0, "audit id (kansa audit list shows them)");
		args.expectPositionals(1);
		ReportGenerator generator = ctx.generator(args.required("format"));
		Locale locale = locale(args.option("lang").orElse("ja"));
		Workspace ws = ctx.openWorkspace(args);
		Audit audit = ws.loadAudit(auditId);
		Path out = ctx.currentDirectory()
				.resolve(args.option("out").orElse(audit.id() + "." + generator.fileExtension())).normalize();
		ReportFiles.write(generator, new ReportRequest(audit, ws.auditDirectory(audit.id()), locale, Map.of()), out,
				ctx.out());
		return 0;
	}

	static Locale locale(String lang) throws UsageException {
		return switch (lang) {
			case "ja" -> Locale.JAPANESE;
			case "en" -> Locale.ENGLISH;
			default -> throw new UsageException("--lang must be ja or en");
		};
	}
}
