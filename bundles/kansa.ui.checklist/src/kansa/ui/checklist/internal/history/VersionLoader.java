package kansa.ui.checklist.internal.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

import kansa.core.checklist.Checklist;
import kansa.core.json.KansaDataException;
import kansa.ui.checklist.internal.Messages;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** Reads every kept version of a checklist in a Job, newest first, and hands them back on the UI thread. */
final class VersionLoader {

	/** The versions read, or the message of what could not be read. */
	record Loaded(List<VersionRow> versions, String error) {
	}

	private VersionLoader() {
	}

	static void load(Workspace ws, String checklistId, Control owner, Consumer<Loaded> done) {
		Job job = Job.create(Messages.History_loading, (IProgressMonitor monitor) -> {
			Loaded loaded;
			try {
				List<String> versions = ws.checklistVersions(checklistId);
				SubMonitor progress = SubMonitor.convert(monitor, Messages.History_loading, versions.size());
				List<VersionRow> rows = new ArrayList<>();
				for (String v : versions) {
					Checklist c = ws.loadChecklist(checklistId, v);
					rows.add(new VersionRow(c, ws.checklistVersionSavedAt(checklistId, v).orElse(null), false));
					progress.worked(1);
				}
				Collections.reverse(rows);
				loaded = new Loaded(rows, null);
			} catch (WorkspaceException | KansaDataException | IllegalArgumentException e) {
				loaded = new Loaded(List.of(), e.getMessage());
			}
			Loaded result = loaded;
			if (!owner.isDisposed()) {
				owner.getDisplay().asyncExec(() -> {
					if (!owner.isDisposed()) {
						done.accept(result);
					}
				});
			}
		});
		job.setPriority(Job.SHORT);
		job.schedule();
	}
}
