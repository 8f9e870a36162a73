package kansa.cli.internal.commands;

import java.util.List;
import java.util.Set;

import kansa.audit.AuditOperations;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.workspace.Workspace;

/** {@code kansa audit evidence AUDIT ITEM FILE}: copies a file into the audit and records its hash. */
final class AuditEvidence implements Command {

	@Override
	public String name() {
		return "evidence";
	}

	@Override
	public String summary() {
		return "証跡ファイルを添付 / attach an evidence file (copied and hashed)";
	}

	@Override
	public String help() {
		return """
				kansa audit evidence AUDIT ITEM FILE [--kind KIND] [--caption TEXT] [--date yyyy-mm-dd] [--site SITE]

				ファイルを監査フォルダにコピーし、SHA-256 を記録します。元のファイルは変更しません。
				Copies the file into the audit's folder under a safe name and records its SHA-256; the original is untouched.
				  --kind     document | record | photo | screenshot | other (文書, 記録, 写真, 画面, その他)
				  --caption  説明 / what the file shows
				  --date     撮影日・取得日 / when taken or obtained
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = AuditArgs.parse(raw, Set.of("kind", "caption", "date", "site"));
		String auditId = args.positional(0, "audit id");
		String itemId = args.positional(1, "item id");
		var file = ctx.currentDirectory().resolve(args.positional(2, "file to attach"));
		args.expectPositionals(3);
		EvidenceKind kind = args.option("kind").isPresent() ? AuditArgs.kind(args.option("kind").get()) : guess(file.toString());
		Workspace ws = ctx.openWorkspace(args);
		ws.loadAudit(auditId).checklist().item(itemId).orElseThrow(() -> new IllegalArgumentException("監査 " + auditId
				+ " のチェックリストに項目 '" + itemId + "' はありません / no item '" + itemId + "' in the checklist of audit "
				+ auditId));
		// copied and recorded under the audit's lock: a concurrent change of the audit is kept, and a file is
		// never left in evidence/ unrecorded
		Evidence e = ws.addEvidence(auditId, file, kind, args.option("caption").orElse(""), AuditArgs.date(args, "date"),
				(current, added) -> AuditOperations.attachEvidence(current, itemId, args.option("site").orElse(""), added));
		ctx.out().println(itemId + ": " + e.path() + "  sha256 " + e.sha256());
		return 0;
	}

	private static EvidenceKind guess(String name) {
		String n = name.toLowerCase(java.util.Locale.ROOT);
		return n.matches(".*\\.(jpe?g|png|heic|gif|webp)$") ? EvidenceKind.PHOTO : EvidenceKind.DOCUMENT;
	}
}
