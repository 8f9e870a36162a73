package kansa.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.internal.Columns;
import kansa.cli.command.UsageException;
import kansa.core.json.KansaDataException;
import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.extract.ExtractionEval;
import kansa.incidents.extract.ExtractionEval.FieldScore;
import kansa.incidents.extract.ExtractionEval.Miss;
import kansa.incidents.extract.ExtractionEval.Report;

/** {@code kansa incident eval DIR}: the extractor measured on a firm's own notices and their expected fields. */
final class IncidentEval {

	private final CliContext ctx;

	IncidentEval(CliContext ctx) {
		this.ctx = ctx;
	}

	int run(List<String> raw) throws Exception {
		Args args = Args.parse(raw, Set.of("misses"), Set.of());
		Path dir = ctx.currentDirectory().resolve(args.positional(0, "folder of NAME.txt notices with NAME.json"))
				.normalize();
		args.expectPositionals(1);
		String misses = args.option("misses").orElse(null);
		int maxMisses = misses == null ? Integer.MAX_VALUE : number(misses);
		if (!Files.isDirectory(dir)) {
			throw new UsageException("フォルダがありません / no such folder: " + dir);
		}
		Report report;
		try {
			report = new ExtractionEval(new ArticleExtractor()).run(dir);
		} catch (KansaDataException e) {
			ctx.err().println("期待値を読めません / cannot read the expected fields: " + e.getMessage());
			return 1;
		}
		if (report.notices() == 0) {
			ctx.err().println("記事がありません / no NAME.txt notices in " + dir);
			return 1;
		}
		print(report, ctx.out(), maxMisses);
		return 0;
	}

	private static int number(String s) throws UsageException {
		try {
			int n = Integer.parseInt(s);
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--misses: 0 以上の数 / a number of 0 or more, not '" + s + "'");
	}

	static void print(Report r, PrintStream out, int maxMisses) {
		out.println("抽出の評価 / Extraction evaluation: " + r.folder() + " (" + r.notices() + " 件の記事 / notices)");
		out.println("  " + Columns.pad("項目 field", 20) + Columns.pad("正解 right", 16) + Columns.pad("適合率 precision", 20)
				+ "再現率 recall");
		for (FieldScore f : r.fields()) {
			row(out, f.field(), f);
		}
		row(out, "全体 overall", r.overall());
		if (r.misses().isEmpty()) {
			out.println("誤りなし / no misses");
			return;
		}
		out.println("誤り / Misses (" + r.misses().size() + ")  期待 expected → 抽出 found");
		int shown = 0;
		for (Miss m : r.misses()) {
			if (shown++ == maxMisses) {
				out.println("  … (" + (r.misses().size() - maxMisses) + " more; --misses N)");
				break;
			}
			out.println("  " + Columns.pad(m.notice(), 24) + Columns.pad(m.field(), 16) + show(m.expected()) + " → "
					+ show(m.found()));
		}
	}

	private static void row(PrintStream out, String name, FieldScore f) {
		out.println("  " + Columns.pad(name, 20)
				+ Columns.pad(String.format("%d/%d %5.1f%%", f.right(), f.notices(), 100 * f.accuracy()), 16)
				+ Columns.pad(String.format("%d/%d %5.1f%%", f.matched(), f.given(), 100 * f.precision()), 20)
				+ String.format("%d/%d %5.1f%%", f.matched(), f.stated(), 100 * f.recall()));
	}

	private static String show(List<String> values) {
		return values.isEmpty() ? "（なし none）" : String.join(", ", values);
	}
}
