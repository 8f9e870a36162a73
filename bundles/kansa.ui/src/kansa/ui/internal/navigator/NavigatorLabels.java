package kansa.ui.internal.navigator;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import kansa.ui.internal.Messages;
import kansa.ui.workspace.AuditEntry;
import kansa.ui.workspace.ChecklistEntry;
import kansa.ui.workspace.Icons;
import kansa.ui.workspace.IncidentEntry;

/** Texts and icons of the navigator's lines. */
final class NavigatorLabels extends LabelProvider {

	private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	@Override
	public String getText(Object element) {
		if (element instanceof NavigatorNode.Folder f) {
			return switch (f.kind()) {
				case CLIENTS -> Messages.Navigator_clients;
				case CHECKLISTS -> Messages.Navigator_checklists;
				case INCIDENTS -> Messages.Navigator_incidents;
			};
		}
		if (element instanceof NavigatorNode.ClientNode c) {
			return c.name();
		}
		if (element instanceof NavigatorNode.Group g) {
			return g.label();
		}
		if (element instanceof NavigatorNode.Note n) {
			return n.text();
		}
		if (element instanceof AuditEntry a) {
			String status = a.status() == null ? "" : a.status().label(Messages.contentLocale());
			return NLS.bind(Messages.Navigator_audit, new Object[] { a.title().isBlank() ? a.id() : a.title(), status,
					a.answered(), a.total() });
		}
		if (element instanceof ChecklistEntry c) {
			return NLS.bind(Messages.Navigator_checklist, new Object[] { c.title(), c.version(), c.items() });
		}
		if (element instanceof IncidentEntry i) {
			return i.announced() == null ? i.organization() : i.organization() + " (" + i.announced() + ")";
		}
		return String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		String name;
		if (element instanceof NavigatorNode.Folder || element instanceof NavigatorNode.Group) {
			name = "folder";
		} else if (element instanceof NavigatorNode.ClientNode) {
			name = "client";
		} else if (element instanceof AuditEntry) {
			name = "audit";
		} else if (element instanceof ChecklistEntry) {
			name = "checklist";
		} else if (element instanceof IncidentEntry) {
			name = "incident";
		} else {
			return null;
		}
		return resources.create(Icons.descriptor(NavigatorLabels.class, name));
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
