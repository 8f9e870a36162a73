package kansa.ui.checklist.internal.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Control;

import kansa.core.checklist.Checklist;
import kansa.core.json.KansaDataException;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.jobs.LatestRead;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/** Reads every kept version of a checklist in a Job, newest first, and hands them back on the UI thread. */
final class VersionLoader {

	/** The versions read, or the message of what could not be read. */
	record Loaded(List<VersionRow> versions, String error) {
	}

	private final LatestRead<Loaded> reads = new LatestRead<>(Messages.History_loading, false);

	void load(Workspace ws, String checklistId, Control owner, Consumer<Loaded> done) {
		reads.start(owner, (IProgressMonitor monitor) -> {
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
				return new Loaded(rows, null);
			} catch (WorkspaceException | KansaDataException | IllegalArgumentException e) {
				return new Loaded(List.of(), e.getMessage());
			}
		}, done);
	}
}
