package kansa.ui.internal.navigator;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IToolTipProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import kansa.ui.internal.Messages;
import kansa.ui.workspace.AuditEntry;
import kansa.ui.workspace.ChecklistEntry;
import kansa.ui.workspace.Icons;
import kansa.ui.workspace.IncidentEntry;

/**
 * Texts and icons of the navigator's lines. An audit or checklist line shows its title, then its state in grey
 * (status and answered/total, or version and item count) so that the title stays readable in a narrow navigator;
 * the tooltip repeats the whole line.
 */
final class NavigatorLabels extends LabelProvider implements IStyledLabelProvider, IToolTipProvider {

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
		if (element instanceof AuditEntry || element instanceof ChecklistEntry) {
			return getStyledText(element).getString();
		}
		if (element instanceof IncidentEntry i) {
			return i.announced() == null ? i.organization() : i.organization() + " (" + i.announced() + ")";
		}
		return String.valueOf(element);
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof AuditEntry a) {
			String status = a.status() == null ? "" : a.status().label(Messages.contentLocale());
			return new StyledString(a.title().isBlank() ? a.id() : a.title()).append(
					NLS.bind(Messages.Navigator_auditState, new Object[] { status, a.answered(), a.total() }),
					StyledString.DECORATIONS_STYLER);
		}
		if (element instanceof ChecklistEntry c) {
			return new StyledString(c.title()).append(
					NLS.bind(Messages.Navigator_checklistState, c.version(), c.items()), StyledString.DECORATIONS_STYLER);
		}
		return new StyledString(getText(element));
	}

	@Override
	public String getToolTipText(Object element) {
		return element instanceof AuditEntry || element instanceof ChecklistEntry ? getText(element) : null;
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
