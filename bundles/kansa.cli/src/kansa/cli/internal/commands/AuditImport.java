package kansa.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kansa.audit.AuditOperations;
import kansa.cli.command.Args;
import kansa.cli.command.CliContext;
import kansa.cli.command.Command;
import kansa.core.audit.Audit;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.report.ResultSheet;
import kansa.core.report.ResultSheetException;
import kansa.workspace.Workspace;

/**
 * {@code kansa audit import AUDIT FILE [--apply]}: reads back the evidence sheet Kansa wrote, as filled in on site
 * (verdict drop-downs and notes), shows what would change and saves only with --apply: one save for the whole
 * sheet instead of a command per item. Only cells the person edited count, so nothing recorded in Kansa since the
 * sheet was written is reverted by an untouched cell.
 */
final class AuditImport implements Command {

	/** One result the sheet changes. */
	private record Change(ResultSheet.Row row, String label, Verdict oldVerdict, Verdict newVerdict,
			String newNotes, boolean notesChanged) {
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "Excel 証跡一覧の判定・所見を取り込む / read verdicts and notes back from the Excel evidence sheet";
	}

	@Override
	public String help() {
		return """
				kansa audit import AUDIT FILE.xlsx [--apply]

				kansa report AUDIT --format xlsx で書き出し、現地で判定（プルダウン）と所見を記入した証跡一覧を
				読み込みます。既定では変更点（項目、旧 → 新の判定、所見の変更）を表示するだけで保存しません。
				--apply を付けると反映し、一度に保存します。別の監査や別の版のチェックリストのシートは拒否します。
				Reads back the evidence sheet written by `kansa report AUDIT --format xlsx` and filled in on site
				(verdict drop-downs and notes). By default it only previews what would change (item, old → new
				verdict, notes changed) and writes nothing; --apply applies the changes in one save. A sheet of
				another audit or another checklist version is refused. Only cells edited in the sheet count.

				  --apply   変更を保存する / save the changes (without it: preview only)
				""";
	}

	@Override
	public int run(List<String> raw, CliContext ctx) throws Exception {
		Args args = Args.parse(raw, Set.of("workspace"), Set.of("apply"));
		String auditId = args.positional(0, "audit id");
		Path file = ctx.currentDirectory().resolve(args.positional(1, "sheet file (.xlsx)")).normalize();
		args.expectPositionals(2);
		Workspace ws = ctx.openWorkspace(args);
		Audit audit = ws.loadAudit(auditId);
		ResultSheet sheet = ctx.resultReader(extension(file)).read(file);
		checkIdentity(sheet, audit, file);
		List<Change> changes = changes(sheet, audit);
		PrintStream out = ctx.out();
		out.println(file.getFileName() + " → " + audit.id() + ": 変更 " + changes.size() + " 件 / " + changes.size()
				+ " change(s)");
		for (Change c : changes) {
			String verdict = c.oldVerdict() == c.newVerdict() ? c.newVerdict().label(Locale.JAPANESE)
					: c.oldVerdict().label(Locale.JAPANESE) + " → " + c.newVerdict().label(Locale.JAPANESE);
			out.println("  " + c.label() + "  " + verdict + (c.notesChanged() ? "  所見を変更 / notes changed" : ""));
		}
		if (changes.isEmpty()) {
			return 0;
		}
		if (!args.flag("apply")) {
			out.println("保存していません。反映するには --apply を付けて実行してください / preview only: nothing saved"
					+ " (run again with --apply)");
			return 0;
		}
		Instant now = Instant.now();
		int[] saved = new int[1];
		// under the audit's lock, against the file as it is now: what another program saved since the preview stays
		ws.updateAudit(auditId, current -> {
			Audit updated = current;
			List<Change> latest = changes(sheet, current);
			for (Change c : latest) {
				updated = AuditOperations.recordVerdict(updated, c.row().itemId(), c.row().site(), c.newVerdict(),
						c.newNotes(), null, now);
			}
			saved[0] = latest.size();
			return updated;
		});
		out.println("保存しました / saved " + saved[0] + " change(s) to " + audit.id());
		return 0;
	}

	private static String extension(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** Results only make sense against the same audit and the same items. */
	private static void checkIdentity(ResultSheet sheet, Audit audit, Path file) throws ResultSheetException {
		String target = audit.checklist().reference();
		if (!sheet.auditId().equals(audit.id()) || !sheet.checklistReference().equals(target)) {
			throw new ResultSheetException(file.getFileName() + ": 監査 " + sheet.auditId() + "（チェックリスト "
					+ sheet.checklistReference() + "）のシートです。監査 " + audit.id() + "（" + target
					+ "）には取り込めません / the sheet is of audit " + sheet.auditId() + " (checklist "
					+ sheet.checklistReference() + "), not of audit " + audit.id() + " (" + target + ")");
		}
	}

	private static List<Change> changes(ResultSheet sheet, Audit audit) {
		List<Change> changes = new ArrayList<>();
		for (ResultSheet.Row row : sheet.rows()) {
			ItemResult current = audit.resultsFor(row.itemId()).stream().filter(r -> r.site().equals(row.site()))
					.findFirst().orElse(ItemResult.unassessed(row.itemId()));
			Verdict verdict = row.verdictEdited() ? row.verdict() : current.verdict();
			String notes = row.notesEdited() ? row.notes() : current.notes();
			boolean notesChanged = !notes.equals(current.notes());
			if (verdict != current.verdict() || notesChanged) {
				String number = audit.checklist().item(row.itemId()).map(i -> i.number()).orElse(row.itemId());
				String label = (number.isEmpty() ? row.itemId() : number)
						+ (row.site().isEmpty() ? "" : "（" + row.site() + "）");
				changes.add(new Change(row, label, current.verdict(), verdict, notes, notesChanged));
			}
		}
		return changes;
	}
}
