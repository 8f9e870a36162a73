package kansa.ui.audit.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import kansa.audit.AuditLifecycle;
import kansa.audit.AuditOperations;
import kansa.audit.AuditRuleException;
import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.core.audit.Finding;
import kansa.core.audit.FindingGrade;
import kansa.core.checklist.ChecklistItem;
import kansa.ui.audit.internal.Messages;
import kansa.ui.audit.internal.dialogs.CorrectiveActionDialog;
import kansa.ui.audit.internal.dialogs.FindingDialog;
import kansa.ui.audit.internal.dialogs.StatusDialog;

/** Edits of the audit that go through the editor's history: verdicts and notes, evidence, findings, actions. */
final class EditorActions implements AuditPage.Actions, OverviewPage.Actions {

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

	/**
	 * Copies the files into the audit's evidence folder and hashes them in a job (progress, cancellable); when it is
	 * done they are attached to the item as one undoable edit, and the files that failed are named in one message.
	 */
	@Override
	public void attach(ChecklistItem item, List<Path> files) {
		if (item == null || files.isEmpty()) {
			return;
		}
		String site = document.site();
		Display display = editor.getSite().getShell().getDisplay();
		EvidenceCopyJob job = new EvidenceCopyJob(document.workspace(), document.current().id(), files,
				result -> {
					if (!display.isDisposed()) { // the workbench may have shut down meanwhile
						display.asyncExec(() -> attachCopied(item, site, result));
					}
				});
		IWorkbenchSiteProgressService progress = editor.getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job); // also shows the editor tab as busy
		} else {
			job.schedule();
		}
	}

	private void attachCopied(ChecklistItem item, String site, EvidenceCopyJob.Result result) {
		if (editor.isClosed()) {
			result.discard(); // nobody will record them: do not leave unreferenced copies
			return;
		}
		if (!result.added().isEmpty()) {
			String label = NLS.bind(Messages.Edit_evidence, number(item), result.added().size());
			try {
				edits.apply(label, a -> {
					Audit attached = a;
					for (Evidence e : result.added()) {
						attached = AuditOperations.attachEvidence(attached, item.id(), site, e);
					}
					return attached;
				});
			} catch (AuditRuleException e) {
				result.discard();
				editor.refused(e);
			}
		}
		if (!result.problems().isEmpty()) {
			MessageDialog.openError(editor.getSite().getShell(), Messages.Evidence_failedTitle,
					Messages.Evidence_failedMessage + "\n\n" + String.join("\n", result.problems()));
		}
	}

	@Override
	public void addFinding(ChecklistItem item) {
		if (item == null) {
			return;
		}
		FindingDialog dialog = new FindingDialog(editor.getSite().getShell(), item.label(locale),
				FindingGrade.matching(document.result(item.id()).verdict()).orElse(null), locale);
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

	/** 状態を変更…: the life-cycle dialog; the move is one undoable edit, written with the next save. */
	@Override
	public void changeStatus() {
		StatusDialog dialog = new StatusDialog(editor.getSite().getShell(), document.current(), locale);
		if (dialog.open() != Window.OK || dialog.result() == null || dialog.result() == document.current().status()) {
			return;
		}
		var to = dialog.result();
		edit(NLS.bind(Messages.Edit_status, to.label(locale)), a -> AuditLifecycle.moveTo(a, to), null);
	}

	private static String number(ChecklistItem item) {
		return item.number().isEmpty() ? item.id() : item.number();
	}
}
