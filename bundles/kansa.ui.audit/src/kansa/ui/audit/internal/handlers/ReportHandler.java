package kansa.ui.audit.internal.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.core.json.KansaDataException;
import kansa.ui.audit.internal.Messages;
import kansa.ui.audit.internal.editor.AuditEditor;
import kansa.ui.audit.internal.report.ReportGenerators;
import kansa.ui.audit.internal.report.ReportJob;
import kansa.ui.audit.internal.report.ReportWizard;
import kansa.ui.audit.AuditEntry;
import kansa.ui.services.UiServices;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * 監査 → 報告書を作成…: the report wizard for the audit in the active editor (as edited, saved or not) or the
 * audit selected in the navigator. The job opens the files when done unless the user unticked that, or the
 * system property {@code kansa.ui.launch=false} (test runs) says never to.
 */
public final class ReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Audit audit;
		Path auditDir;
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Object selected = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				? s.getFirstElement() : null;
		try {
			if (HandlerUtil.getActivePart(event) == editor && editor instanceof AuditEditor ae) {
				audit = ae.audit();
				auditDir = ae.auditDirectory();
			} else if (selected instanceof AuditEntry entry) {
				Workspace ws = Workspace.open(entry.workspaceRoot());
				audit = ws.loadAudit(entry.id());
				auditDir = ws.auditDirectory(entry.id());
			} else if (editor instanceof AuditEditor ae) {
				audit = ae.audit();
				auditDir = ae.auditDirectory();
			} else {
				MessageDialog.openInformation(window.getShell(), Messages.Report_title, Messages.Report_noAudit);
				return null;
			}
		} catch (WorkspaceException | KansaDataException e) {
			MessageDialog.openError(window.getShell(), Messages.Report_title, e.getMessage());
			return null;
		}
		int unanswered = audit.verdictCounts().get(Verdict.NOT_ASSESSED);
		if (unanswered > 0 && new MessageDialog(window.getShell(), Messages.Report_title, null,
				NLS.bind(Messages.Report_unanswered, unanswered), MessageDialog.QUESTION, 0, Messages.Report_createDraft,
				Messages.Dialog_cancel).open() != 0) {
			return null;
		}
		Audit previous = previousAudit(auditDir, audit);
		ReportGenerators generators = UiServices.get(window, ReportGenerators.class);
		Path folder = auditDir.getParent().getParent().resolve("reports");
		ReportWizard[] wizard = new ReportWizard[1];
		wizard[0] = new ReportWizard(audit, previous, auditDir, generators.all(), folder,
				job -> schedule(window, job, wizard[0].openWhenDone()));
		new WizardDialog(window.getShell(), wizard[0]).open();
		return null;
	}

	/** The audit's 前回監査 from the same workspace; null when there is none or it cannot be read. */
	private static Audit previousAudit(Path auditDir, Audit audit) {
		if (audit.previousAuditId().isEmpty()) {
			return null;
		}
		try {
			Workspace ws = Workspace.open(auditDir.getParent().getParent());
			return ws.hasAudit(audit.previousAuditId()) ? ws.loadAudit(audit.previousAuditId()) : null;
		} catch (WorkspaceException | KansaDataException e) {
			return null; // the report then says there is no previous audit to compare with
		}
	}

	/** Runs the job; when it succeeds, opens the files (if asked) and says where they are. */
	public static void schedule(IWorkbenchWindow window, ReportJob job, boolean open) {
		Display display = window.getShell().getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!event.getResult().isOK()) {
					return; // errors are reported by the job framework; cancel needs no message
				}
				List<Path> files = job.written();
				List<String> warnings = job.warnings();
				display.asyncExec(() -> finished(window, files, warnings, open));
			}
		});
		job.schedule();
	}

	private static void finished(IWorkbenchWindow window, List<Path> files, List<String> warnings, boolean open) {
		if (!warnings.isEmpty()) { // the reports were written: say what the reader will find wrong in them
			MessageDialog.openWarning(window.getShell(), Messages.Report_warningsTitle,
					NLS.bind(Messages.Report_warnings, String.join("\n", warnings)));
		}
		if (open && !"false".equals(System.getProperty("kansa.ui.launch"))) {
			files.forEach(f -> Program.launch(f.toString()));
		}
		IEditorPart editor = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (editor != null) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.Report_done,
					String.join(", ", files.stream().map(Path::toString).toList())));
		}
	}
}
