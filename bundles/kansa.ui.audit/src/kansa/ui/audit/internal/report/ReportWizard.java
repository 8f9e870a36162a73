package kansa.ui.audit.internal.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.wizard.Wizard;

import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.core.report.ReportGenerator;
import kansa.ui.audit.internal.Messages;

/**
 * 報告書の作成: choose formats, language, template and folder; Finish schedules a {@link ReportJob} (progress and
 * cancel in the progress view and status bar) and closes, so the user can keep working while it runs.
 */
public final class ReportWizard extends Wizard {

	private final Audit audit;
	private final Audit previousAudit;
	private final Path auditDirectory;
	private final ReportPage page;
	private final Consumer<ReportJob> scheduler;

	/**
	 * @param previousAudit the audit's 前回監査 (null: none), for the changes since and the carried requests
	 * @param scheduler     receives the job on Finish (the handler schedules it and opens the files when done)
	 */
	public ReportWizard(Audit audit, Audit previousAudit, Path auditDirectory, List<ReportGenerator> generators,
			Path defaultFolder, Consumer<ReportJob> scheduler) {
		this.audit = audit;
		this.previousAudit = previousAudit;
		this.auditDirectory = auditDirectory;
		this.scheduler = scheduler;
		this.page = new ReportPage(generators, defaultFolder, Messages.contentLocale(),
				audit.verdictCounts().get(Verdict.NOT_ASSESSED));
		setWindowTitle(Messages.Report_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		scheduler.accept(createJob(null));
		return true;
	}

	/** The job for what the page shows now; {@code onDone} runs in the job's thread with the written files. */
	public ReportJob createJob(Consumer<List<Path>> onDone) {
		String template = page.template();
		Map<String, String> options = template.isEmpty() ? Map.of() : Map.of("template", template);
		return new ReportJob(new ReportJob.Request(audit, auditDirectory, page.selectedGenerators(),
				page.reportLocale(), page.folder(), options, previousAudit, page.draft()), onDone);
	}

	public boolean openWhenDone() {
		return page.openWhenDone();
	}

}
