package kansa.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.cli.command.UsageException;
import kansa.core.audit.Audit;
import kansa.core.audit.EvidenceCheck;
import kansa.core.audit.EvidenceStatus;
import kansa.core.json.KansaDataException;
import kansa.core.text.Language;
import kansa.workspace.Workspace;

/**
 * {@code kansa workspace check}: what a crash, a kill or a hand edit left in the workspace. Opening removes the
 * temporary files of interrupted writes; this lists them, then every audit that cannot be read, every evidence file
 * changed or missing, and every file in an evidence folder that its audit does not record.
 */
public class WorkspaceCommand implements Command {

	@Override
	public String name() {
		return "workspace";
	}

	@Override
	public String summary() {
		return "ワークスペースの点検 / check the workspace after a crash (kansa workspace check)";
	}

	@Override
	public String help() {
		return """
				kansa workspace check [--workspace DIR]

				中断された保存の一時ファイルを削除し、読めない監査、改ざん・欠落した証跡、監査に記録されていない
				証跡ファイルを一覧表示します。問題があれば終了コード 1。記録されていないファイルは削除しません:
				kansa audit evidence AUDIT ITEM FILE で添付するか、不要なら削除してください。
				Removes temporary files of interrupted saves and lists audits that cannot be read, evidence changed or
				missing, and files in evidence/ that the audit does not record (exit code 1 if any). Unrecorded files
				are never deleted: attach one with kansa audit evidence AUDIT ITEM FILE (a file already in the audit's
				evidence folder is recorded where it is), or delete it.
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		if (raw.isEmpty() || !raw.get(0).equals("check")) {
			throw new UsageException(raw.isEmpty() ? "missing sub-command (check)"
					: "unknown sub-command '" + raw.get(0) + "'");
		}
		Args args = Args.parse(raw.subList(1, raw.size()), Set.of("workspace"), Set.of());
		args.expectPositionals(0);
		Workspace ws = ctx.openWorkspace(args);
		PrintStream out = ctx.out();
		out.println("ワークスペース / workspace: " + ws.root());
		out.println("中断された書き込みの一時ファイルを削除 / temporary files of interrupted writes removed: "
				+ ws.removedTemporaryFiles().size());
		for (Path p : ws.removedTemporaryFiles()) {
			out.println("  " + ws.root().relativize(p));
		}
		int problems = 0;
		for (String id : ws.auditIds()) {
			Audit audit;
			List<String> unrecorded;
			try {
				audit = ws.loadAudit(id);
				unrecorded = ws.unrecordedEvidence(id);
			} catch (KansaDataException e) {
				out.println("監査 / audit " + id + ": 読めません / cannot be read: " + e.getMessage());
				problems++;
				continue;
			}
			int bad = 0;
			for (Audit.RecordedEvidence e : audit.evidence()) {
				EvidenceStatus s = EvidenceCheck.check(ws.auditDirectory(id), e.evidence());
				if (s != EvidenceStatus.INTACT) {
					out.println("監査 / audit " + id + ": " + s.label(Language.JA) + " / " + s.label(Language.EN)
							+ "  " + e.evidence().path());
					bad++;
				}
			}
			for (String f : unrecorded) {
				out.println("監査 / audit " + id + ": 記録されていない証跡 / not recorded  " + f);
			}
			problems += bad + unrecorded.size();
		}
		out.println(problems == 0 ? "問題なし / no problems found" : "問題 / problems: " + problems);
		return problems == 0 ? 0 : 1;
	}
}
