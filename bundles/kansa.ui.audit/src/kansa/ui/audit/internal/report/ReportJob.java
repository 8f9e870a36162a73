package kansa.ui.audit.internal.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import kansa.core.audit.Audit;
import kansa.core.report.ReportException;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.core.text.Message;
import kansa.ui.audit.internal.Messages;
import kansa.workspace.AtomicFiles;

/**
 * Writes the chosen reports of an audit as a user job (progress in the dialog and the status bar, cancellable).
 * Each file is written atomically: a cancelled or failed report never leaves a broken file behind.
 */
public final class ReportJob extends Job {

	/**
	 * What to write.
	 *
	 * @param previousAudit the audit's 前回監査 for the changes since, null when none or unreadable
	 * @param draft         asked for as a draft (an audit with unanswered items always is one)
	 */
	public record Request(Audit audit, Path auditDirectory, List<ReportGenerator> generators, Locale locale,
			Path folder, Map<String, String> options, Audit previousAudit, boolean draft) {
	}

	private final Request request;
	private final Consumer<List<Path>> onDone;
	private final List<Path> written = new ArrayList<>();
	/** Warnings of the written reports (a character no font can show...), in the user's language. */
	private final List<String> warnings = new ArrayList<>();

	/** @param onDone gets the written files when all succeeded; runs in the job's thread */
	public ReportJob(Request request, Consumer<List<Path>> onDone) {
		super(NLS.bind(Messages.Report_jobName, request.audit().id()));
		this.request = request;
		this.onDone = onDone;
		setUser(true);
	}

	public static Path target(Request r, ReportGenerator g) {
		return r.folder().resolve(r.audit().id() + "." + g.fileExtension());
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, getName(), request.generators().size() * 100);
		ReportRequest report = new ReportRequest(request.audit(), request.auditDirectory(), request.locale(),
				request.options(), request.previousAudit(), request.draft());
		try {
			for (ReportGenerator g : request.generators()) {
				Path target = target(request, g);
				sub.subTask(NLS.bind(Messages.Report_writing, target.getFileName()));
				SubMonitor step = sub.split(100);
				AtomicFiles.write(target, out -> {
					try {
						g.write(report, out, step).warnings()
								.forEach(w -> warnings.add(w.render(Messages.contentLocale())));
					} catch (ReportException e) {
						throw new IOException(Message.of(e).render(Messages.contentLocale()), e); // the user's language
					}
					if (step.isCanceled()) {
						throw new OperationCanceledException();
					}
				});
				written.add(target);
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.Report_failed, e.getMessage()), e);
		}
		if (onDone != null) {
			onDone.accept(List.copyOf(written));
		}
		return Status.OK_STATUS;
	}

	public List<Path> written() {
		return List.copyOf(written);
	}

	/** What the written reports warn of; they were written nonetheless. */
	public List<String> warnings() {
		return List.copyOf(warnings);
	}
}
