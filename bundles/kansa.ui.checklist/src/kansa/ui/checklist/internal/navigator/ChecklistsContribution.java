package kansa.ui.checklist.internal.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kansa.core.checklist.Checklist;
import kansa.ui.checklist.ChecklistEntry;
import kansa.ui.checklist.ChecklistInput;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.details.DetailRow;
import kansa.ui.details.DetailsContribution;
import kansa.ui.navigator.NavigatorContribution;
import kansa.ui.navigator.NavigatorFolder;
import kansa.ui.navigator.NavigatorLabel;
import kansa.ui.navigator.WorkspaceReads;
import kansa.ui.resources.Icons;
import kansa.ui.services.CatalogRegistry;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;

/**
 * The navigator's チェックリスト folder: the workspace's own checklists, which open in the checklist editor, then
 * the catalogs' built-in ones (what opening one does is up to other bundles: the audits' starts an audit).
 */
@Component(service = { NavigatorContribution.class, DetailsContribution.class })
public final class ChecklistsContribution implements NavigatorContribution, DetailsContribution {

	@Reference
	private CatalogRegistry catalogs;
	@Reference
	private WorkspaceSession session;

	@Override
	public int position() {
		return 200;
	}

	@Override
	public List<Object> roots(Workspace ws, Locale locale) {
		List<Object> children = new ArrayList<>(
				WorkspaceReads.each(ws::checklistIds, ws::loadChecklist, c -> entry(c, locale, false)));
		List<Object> builtIn = catalogs.checklists().stream().map(c -> (Object) entry(c, locale, true)).toList();
		if (!builtIn.isEmpty()) {
			children.add(new NavigatorFolder("kansa.ui.checklist.builtIn", Messages.Navigator_builtIn, null, builtIn));
		}
		return List.of(
				new NavigatorFolder("kansa.ui.checklist.checklists", Messages.Navigator_checklists, null, children));
	}

	private static ChecklistEntry entry(Checklist c, Locale locale, boolean builtIn) {
		return new ChecklistEntry(c.id(), c.version(), c.title().get(locale), c.itemCount(), builtIn);
	}

	@Override
	public NavigatorLabel label(Object element) {
		if (!(element instanceof ChecklistEntry c)) {
			return null;
		}
		return new NavigatorLabel(c.title(), NLS.bind(Messages.Navigator_checklistState, c.version(), c.items()),
				Icons.descriptor(ChecklistsContribution.class, "checklist"));
	}

	@Override
	public boolean open(Object element, IWorkbenchPage page) throws CoreException {
		if (!(element instanceof ChecklistEntry c) || c.builtIn()) {
			return false;
		}
		var ws = session.current();
		if (ws.isPresent()) {
			page.openEditor(new ChecklistInput(ws.get().root(), c.id(), c.title()), ChecklistInput.EDITOR_ID);
		}
		return true;
	}

	@Override
	public void addChangeListener(Runnable listener) {
		catalogs.addListener(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		catalogs.removeListener(listener);
	}

	@Override
	public List<DetailRow> rows(Object element) {
		if (!(element instanceof ChecklistEntry c)) {
			return List.of();
		}
		return List.of(new DetailRow(Messages.Details_checklist, c.title()),
				new DetailRow(Messages.Details_version, c.version()),
				new DetailRow(Messages.Details_items, Integer.toString(c.items())),
				new DetailRow(Messages.Details_origin, c.builtIn() ? Messages.Details_builtIn : Messages.Details_own),
				new DetailRow(Messages.Details_id, c.id()));
	}
}
