package kansa.ui.incidents.internal.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;
import kansa.ui.details.DetailRow;
import kansa.ui.details.DetailsContribution;
import kansa.ui.incidents.IncidentEntry;
import kansa.ui.incidents.internal.Messages;
import kansa.ui.incidents.internal.view.IncidentLibraryView;
import kansa.ui.navigator.NavigatorContribution;
import kansa.ui.navigator.NavigatorFolder;
import kansa.ui.navigator.NavigatorLabel;
import kansa.ui.navigator.NavigatorNote;
import kansa.ui.navigator.WorkspaceReads;
import kansa.ui.resources.Icons;
import kansa.ui.services.IncidentRegistry;
import kansa.workspace.Workspace;

/**
 * The navigator's 事例ライブラリ folder: the workspace's own cases, then each library service's. Opening a case
 * shows the incident library view.
 */
@Component(service = { NavigatorContribution.class, DetailsContribution.class })
public final class IncidentsContribution implements NavigatorContribution, DetailsContribution {

	@Reference
	private IncidentRegistry libraries;

	@Override
	public int position() {
		return 300;
	}

	@Override
	public List<Object> roots(Workspace ws, Locale locale) {
		List<Object> children = new ArrayList<>(WorkspaceReads.each(ws::incidentIds, ws::loadIncident, i -> entry(i, "")));
		for (IncidentLibrary library : libraries.all()) {
			String label = library.label().get(locale);
			children.add(new NavigatorFolder("kansa.ui.incidents.library:" + library.id(), label, null,
					library.incidents().stream().map(i -> (Object) entry(i, label)).toList()));
		}
		if (children.isEmpty()) {
			children.add(new NavigatorNote(Messages.Navigator_noIncidents));
		}
		return List.of(new NavigatorFolder("kansa.ui.incidents.incidents", Messages.Navigator_incidents, null, children));
	}

	private static IncidentEntry entry(Incident i, String source) {
		return new IncidentEntry(i.id(), i.organization(), i.announced(), i.cause(), source);
	}

	@Override
	public NavigatorLabel label(Object element) {
		if (!(element instanceof IncidentEntry i)) {
			return null;
		}
		return NavigatorLabel.of(i.announced() == null ? i.organization() : i.organization() + " (" + i.announced() + ")",
				Icons.descriptor(IncidentsContribution.class, "incident"));
	}

	@Override
	public boolean open(Object element, IWorkbenchPage page) throws CoreException {
		if (!(element instanceof IncidentEntry)) {
			return false;
		}
		page.showView(IncidentLibraryView.ID);
		return true;
	}

	@Override
	public void addChangeListener(Runnable listener) {
		libraries.addListener(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		libraries.removeListener(listener);
	}

	@Override
	public List<DetailRow> rows(Object element) {
		if (!(element instanceof IncidentEntry i)) {
			return List.of();
		}
		return List.of(new DetailRow(Messages.Details_organization, i.organization()),
				new DetailRow(Messages.Details_announced, i.announced() == null ? "" : i.announced().toString()),
				new DetailRow(Messages.Details_cause, i.cause()),
				new DetailRow(Messages.Details_source, i.source()),
				new DetailRow(Messages.Details_id, i.id()));
	}
}
