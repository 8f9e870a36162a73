package kansa.ui.audit.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;

import kansa.audit.AuditOperations;
import kansa.audit.AuditRuleException;
import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.Finding;
import kansa.core.checklist.ChecklistItem;
import kansa.ui.audit.internal.Messages;
import kansa.ui.audit.internal.dialogs.CorrectiveActionDialog;
import kansa.ui.audit.internal.dialogs.FindingDialog;
import kansa.workspace.WorkspaceException;

/** Edits of the audit that go through the editor's history: verdicts and notes, evidence, findings, actions. */
final class EditorActions implements AuditPage.Actions {

	private final AuditEditor editor;
	private final AuditDocument document;
	private final EditHistory edits;
	private final Locale locale;

	EditorActions(AuditEditor editor, AuditDocument document, EditHistory edits, Locale locale) {
		this.editor = editor;
		this.document = document;
		this.edits = edits;
		this.locale = locale;
	}

	@Override
	public void edit(String label, EditHistory.Change change, String coalesceKey) {
		try {
			edits.apply(label, change, coalesceKey);
		} catch (AuditRuleException e) {
			editor.refused(e);
		}
	}

	/** Copies the files into the audit's evidence folder (hashing them) and attaches them to the item. */
	@Override
	public void attach(ChecklistItem item, List<Path> files) {
		if (item == null || files.isEmpty()) {
			return;
		}
		Audit audit = document.current();
		String site = document.site();
		List<Evidence> added = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(), () -> {
			for (Path file : files) {
				if (!Files.isRegularFile(file)) {
					problems.add(NLS.bind(Messages.Evidence_notAFile, file));
					continue;
				}
				try {
					added.add(document.workspace().addEvidence(audit.id(), file, kindOf(file), caption(file),
							LocalDate.now()));
				} catch (WorkspaceException e) {
					problems.add(e.getMessage());
				}
			}
		});
		if (!added.isEmpty()) {
			String label = NLS.bind(Messages.Edit_evidence, number(item), added.size());
			edit(label, a -> {
				Audit result = a;
				for (Evidence e : added) {
					result = AuditOperations.attachEvidence(result, item.id(), site, e);
				}
				return result;
			}, null);
		}
		if (!problems.isEmpty()) {
			MessageDialog.openError(editor.getSite().getShell(), Messages.Evidence_failedTitle,
					String.join("\n", problems));
		}
	}

	@Override
	public void addFinding(ChecklistItem item) {
		if (item == null) {
			return;
		}
		FindingDialog dialog = new FindingDialog(editor.getSite().getShell(), item.label(locale), locale);
		if (dialog.open() != Window.OK) {
			return;
		}
		FindingDialog.Input in = dialog.result();
		String site = document.site();
		edit(NLS.bind(Messages.Edit_finding, number(item)), a -> AuditOperations.addFinding(a, item.id(), site,
				in.grade(), in.statement(), in.evidence(), in.rootCause(), in.request(), in.owner(), in.due()), null);
	}

	@Override
	public void updateCorrectiveAction(Finding finding) {
		if (finding == null || finding.correctiveAction() == null) {
			return;
		}
		CorrectiveActionDialog dialog = new CorrectiveActionDialog(editor.getSite().getShell(),
				finding.correctiveAction(), locale);
		if (dialog.open() != Window.OK) {
			return;
		}
		CorrectiveActionDialog.Input in = dialog.result();
		String id = finding.correctiveAction().id();
		edit(NLS.bind(Messages.Edit_action, id), a -> in.status() == finding.correctiveAction().status()
				&& in.response().equals(finding.correctiveAction().response()) ? a
						: AuditOperations.updateCorrectiveAction(a, id, in.status(), in.response()), null);
	}

	private static String number(ChecklistItem item) {
		return item.number().isEmpty() ? item.id() : item.number();
	}

	static EvidenceKind kindOf(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
		return switch (ext) {
			case "jpg", "jpeg", "png", "heic", "heif", "gif", "webp", "tif", "tiff" -> EvidenceKind.PHOTO;
			case "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "txt", "md", "rtf" ->
				EvidenceKind.DOCUMENT;
			case "csv", "log", "eml", "msg" -> EvidenceKind.RECORD;
			default -> EvidenceKind.OTHER;
		};
	}

	private static String caption(Path file) {
		String name = file.getFileName().toString();
		return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
	}
}
