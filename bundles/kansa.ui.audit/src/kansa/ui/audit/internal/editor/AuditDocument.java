package kansa.ui.audit.internal.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import kansa.core.audit.Audit;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.workspace.AuditMerge;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * The audit being edited: the saved version and the current one (both immutable), so "dirty" is simply "not the
 * saved object", and undoing back to the saved state makes the editor clean again. Listeners run on the UI thread.
 */
final class AuditDocument {

	private final Workspace workspace;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private Audit saved;
	private Audit current;
	private String site = "";

	AuditDocument(Workspace workspace, Audit saved) {
		this.workspace = workspace;
		this.saved = saved;
		this.current = saved;
	}

	Workspace workspace() {
		return workspace;
	}

	Audit current() {
		return current;
	}

	Audit saved() {
		return saved;
	}

	boolean isDirty() {
		return current != saved;
	}

	/** Makes {@code next} the current audit (an edit, an undo or a redo). */
	void set(Audit next) {
		if (next != current) {
			current = next;
			fireChanged();
		}
	}

	/** Replaces both versions, e.g. after reloading from disk or restoring a recovery copy (then dirty). */
	void reset(Audit savedVersion, Audit currentVersion) {
		saved = savedVersion;
		current = currentVersion;
		fireChanged();
	}

	/**
	 * Writes the current audit atomically, merged with what another program saved since it was read here (the file
	 * may have changed under the editor); the merged audit becomes the saved and current version.
	 */
	AuditMerge.Result save() throws WorkspaceException {
		AuditMerge.Result merged = workspace.saveAudit(saved, current);
		saved = merged.audit();
		current = merged.audit();
		fireChanged();
		return merged;
	}

	/** The site results are recorded for: empty for the whole scope, else one of the client's sites. */
	String site() {
		return site;
	}

	void setSite(String site) {
		this.site = site == null ? "" : site;
		fireChanged();
	}

	/** The result for the item at the current site (an empty one when nothing is recorded yet). */
	ItemResult result(String itemId) {
		return current.resultsFor(itemId).stream().filter(r -> r.site().equals(site)).findFirst()
				.orElse(new ItemResult(itemId, site, Verdict.NOT_ASSESSED, "", "", null, List.of(), List.of()));
	}

	/** The verdict the item list shows: at the chosen site, or the standing verdict over all sites. */
	Verdict shownVerdict(ChecklistItem item) {
		return site.isEmpty() ? current.verdictOf(item.id()) : result(item.id()).verdict();
	}

	/** Items with a standing verdict, and all items: the progress shown at all times. */
	int[] progress() {
		int total = 0;
		int answered = 0;
		var byItem = current.resultsByItem();
		for (ChecklistItem item : current.checklist().items().toList()) {
			total++;
			if (byItem.getOrDefault(item.id(), List.of()).stream().anyMatch(r -> r.verdict().isAssessed())) {
				answered++;
			}
		}
		return new int[] { answered, total };
	}

	void addListener(Runnable listener) {
		listeners.add(listener);
	}

	void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void fireChanged() {
		listeners.forEach(Runnable::run);
	}
}
