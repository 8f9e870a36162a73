package kansa.cli.internal.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.core.audit.Audit;
import kansa.core.audit.CarriedAction;
import kansa.core.audit.EvidenceCheck;
import kansa.core.audit.EvidenceStatus;
import kansa.core.audit.Verdict;
import kansa.core.text.Language;
import kansa.workspace.Workspace;

/** {@code kansa audit show AUDIT}: one audit at a glance, with evidence re-hashed. */
final class AuditShow implements Command {

	@Override
	public String name() {
		return "show";
	}

	@Override
	public String summary() {
		return "監査の概要 / show an audit: counts, findings, corrective actions, evidence check";
	}

	@Override
	public String help() {
		return "kansa audit show AUDIT [--workspace DIR]\n\n監査の概要を表示し、証跡ファイルを再ハッシュして改ざん・欠落を確認します。\n"
				+ "Shows the audit and re-hashes its evidence files to detect changed or missing ones.\n";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = AuditArgs.parse(raw, Set.of());
		String auditId = args.positional(0, "audit id");
		args.expectPositionals(1);
		Workspace ws = ctx.openWorkspace(args);
		Audit a = ws.loadAudit(auditId);
		PrintStream out = ctx.out();
		out.println(a.title() + "  [" + a.id() + ", " + a.status().label(Language.JA) + "]");
		out.println("  被監査組織 / client: " + a.client().name() + (a.client().sites().isEmpty() ? "" : " " + a.client().sites()));
		out.println("  チェックリスト / checklist: " + a.checklist().reference() + ", " + a.checklist().itemCount() + " 項目/items");
		out.println("  期間 / dates: " + (a.startDate() == null ? "—" : a.startDate()) + " – " + (a.endDate() == null ? "—" : a.endDate()));
		StringBuilder counts = new StringBuilder("  判定 / verdicts:");
		a.verdictCounts().forEach((v, n) -> {
			if (n > 0) {
				counts.append(' ').append(v.label(Language.JA)).append(' ').append(n);
			}
		});
		out.println(counts);
		out.println("指摘事項 / findings: " + a.findings().size());
		for (Audit.RecordedFinding f : a.findings()) {
			var car = f.finding().correctiveAction();
			out.printf("  %s %-8s %-8s %s%s%n", f.finding().id(), f.item().number(), f.finding().grade().label(Language.JA),
					f.finding().statement(), car == null ? "" : "  [" + car.id() + " " + car.status().label(Language.JA) + "]");
		}
		if (!a.carriedOver().isEmpty()) {
			out.println("前回からの継続 / carried over: " + a.carriedOver().size());
			for (CarriedAction c : a.carriedOver()) {
				out.printf("  %s (%s) %s  [%s]%n", c.reference(), c.findingId(), c.statement(),
						c.action().status().label(Language.JA));
			}
		}
		int bad = 0;
		out.println("証跡 / evidence: " + a.evidence().size());
		for (Audit.RecordedEvidence e : a.evidence()) {
			EvidenceStatus s = EvidenceCheck.check(ws.auditDirectory(a.id()), e.evidence());
			bad += s == EvidenceStatus.INTACT ? 0 : 1;
			out.printf("  %-8s %-10s %s%n", e.item().number(), s.label(Language.JA), e.evidence().path());
		}
		List<String> unrecorded = ws.unrecordedEvidence(a.id());
		if (!unrecorded.isEmpty()) {
			// e.g. copied in just before a crash: the user decides, Kansa never deletes them
			out.println("記録されていない証跡ファイル / files in evidence/ not recorded: " + unrecorded.size()
					+ "  (移動して kansa audit evidence で添付、または削除 / move out and attach with kansa audit evidence, or delete)");
			unrecorded.forEach(f -> out.println("  " + f));
		}
		long open = a.checklist().items().filter(i -> a.verdictOf(i.id()) == Verdict.NOT_ASSESSED).count();
		out.println("未評価 / not assessed: " + open);
		if (bad > 0) {
			ctx.err().println("kansa audit show: " + bad + " evidence file(s) changed or missing (改ざん・欠落)");
			return 1;
		}
		return 0;
	}
}
