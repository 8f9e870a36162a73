package kansa.cli.internal.commands;

import static kansa.cli.internal.Columns.pad;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import kansa.audit.VerdictChange;
import kansa.audit.YearOverYear;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.core.text.Language;
import kansa.workspace.Workspace;

/** {@code kansa audit compare OLD NEW}: year-over-year verdicts per item. */
final class AuditCompare implements Command {

	@Override
	public String name() {
		return "compare";
	}

	@Override
	public String summary() {
		return "前回監査との比較 / compare verdicts with an earlier audit";
	}

	@Override
	public String help() {
		return """
				kansa audit compare OLD NEW [--all]

				項目ごとに前回と今回の判定を並べます（既定では変化のあった項目のみ）。
				Lists per item the previous and current verdict (only the items that changed, unless --all).
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("workspace"), Set.of("all"));
		String oldId = args.positional(0, "previous audit id");
		String newId = args.positional(1, "current audit id");
		args.expectPositionals(2);
		Workspace ws = ctx.openWorkspace(args);
		List<VerdictChange> rows = YearOverYear.compare(ws.loadAudit(oldId), ws.loadAudit(newId));
		ctx.out().println(pad("項番", 10) + pad(oldId, 16) + pad(newId, 16) + pad("変化", 10) + "項目");
		int changed = 0;
		for (VerdictChange r : rows) {
			boolean same = r.trend() == VerdictChange.Trend.UNCHANGED;
			changed += same ? 0 : 1;
			if (same && !args.flag("all")) {
				continue;
			}
			ctx.out().println(pad(r.number(), 10) + pad(label(r.previous()), 16) + pad(label(r.current()), 16)
					+ pad(r.trend().label(Locale.JAPANESE), 10) + r.title());
		}
		ctx.out().println(changed + " / " + rows.size() + " 項目で変化 / items changed");
		return 0;
	}

	private static String label(kansa.core.audit.Verdict v) {
		return v == null ? "—" : v.label(Language.JA);
	}
}
