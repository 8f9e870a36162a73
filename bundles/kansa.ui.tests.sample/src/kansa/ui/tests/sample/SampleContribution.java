package kansa.ui.tests.sample;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.osgi.service.component.annotations.Component;

import kansa.ui.details.DetailRow;
import kansa.ui.details.DetailsContribution;
import kansa.ui.navigator.NavigatorContribution;
import kansa.ui.navigator.NavigatorFolder;
import kansa.ui.navigator.NavigatorLabel;
import kansa.ui.navigator.NavigatorNote;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * A feature of its own, as a firm's bundle would add one: a folder last in the navigator, a line that opens the
 * sample editor and its rows in the details view, all without kansa.ui knowing this bundle.
 */
@Component(service = { NavigatorContribution.class, DetailsContribution.class })
public final class SampleContribution implements NavigatorContribution, DetailsContribution {

	public static final String FOLDER = "Sample folder";
	public static final String ROW_NAME = "Sample audits";

	@Override
	public int position() {
		return 900;
	}

	@Override
	public List<Object> roots(Workspace workspace, Locale locale) {
		Object line;
		try {
			line = new SampleNode(workspace.root(), workspace.auditIds().size());
		} catch (WorkspaceException e) {
			line = new NavigatorNote(e.getMessage());
		}
		return List.of(new NavigatorFolder("kansa.ui.tests.sample", FOLDER, null, List.of(line)));
	}

	@Override
	public NavigatorLabel label(Object element) {
		return element instanceof SampleNode n ? new NavigatorLabel("Sample line", "  " + n.audits(), null) : null;
	}

	@Override
	public boolean open(Object element, IWorkbenchPage page) throws CoreException {
		if (!(element instanceof SampleNode node)) {
			return false;
		}
		page.openEditor(new SampleInput(node), SampleInput.EDITOR_ID);
		return true;
	}

	@Override
	public List<DetailRow> rows(Object element) {
		return element instanceof SampleNode n
				? List.of(new DetailRow(ROW_NAME, Integer.toString(n.audits())),
						new DetailRow("Sample workspace", n.workspaceRoot().toString()))
				: List.of();
	}
}
