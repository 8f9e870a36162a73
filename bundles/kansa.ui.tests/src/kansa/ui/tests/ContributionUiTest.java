package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import kansa.ui.internal.navigator.NavigatorView;
import kansa.ui.internal.views.DetailsView;
import kansa.ui.tests.sample.SampleContribution;
import kansa.ui.tests.sample.SampleInput;

/**
 * A bundle kansa.ui has never heard of (kansa.ui.tests.sample) adds a navigator folder and line, opens its own
 * editor from that line and describes it in the details view, through the contribution services alone.
 */
class ContributionUiTest {

	@Test
	void aSampleBundleAddsANodeAnOpenActionAndDetailRows() throws Exception {
		Fixture fx = new Fixture();
		try {
			fx.newAudit("株式会社見本");
			fx.page.showView(DetailsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			NavigatorPage navigator = new NavigatorPage(fx.page.showView(NavigatorView.ID));
			// the folder shows once the contributions have read the workspace (expanding the tree while waiting
			// would keep SWT busy with its events and starve the read's asyncExec)
			UiWait.until(() -> navigator.roots().contains(SampleContribution.FOLDER),
					() -> "the sample's folder in the navigator: " + navigator.roots());
			navigator.expand(3);
			// the line says what the sample read from the workspace: its one audit
			UiWait.until(() -> navigator.lines().contains("Sample line  1"),
					() -> "the sample's line in the navigator: " + navigator.lines());
			List<String> roots = navigator.roots();
			assertEquals(SampleContribution.FOLDER, roots.get(roots.size() - 1), "last, by its position: " + roots);

			TreeItem line = navigator.line("Sample line  1"::equals);
			navigator.select(line);
			Table details = detailsTable(fx);
			UiWait.until(() -> rows(details).contains(SampleContribution.ROW_NAME + "=1"),
					() -> "the sample's rows in the details view: " + rows(details));
			assertEquals("Sample workspace=" + fx.root, rows(details).get(1));

			navigator.open(line);
			UiWait.until(() -> fx.page.getActiveEditor() != null
					&& SampleInput.EDITOR_ID.equals(fx.page.getActiveEditor().getSite().getId()),
					() -> "the sample editor open: " + fx.page.getActiveEditor());
			IEditorPart editor = fx.page.getActiveEditor();
			assertInstanceOf(SampleInput.class, editor.getEditorInput());
		} finally {
			fx.close();
		}
	}

	private static Table detailsTable(Fixture fx) {
		MPart part = fx.window.getService(EPartService.class).findPart(DetailsView.ID);
		return Widgets.first((Control) part.getWidget(), Table.class, t -> true);
	}

	private static List<String> rows(Table table) {
		return List.of(table.getItems()).stream().map((TableItem i) -> i.getText(0) + "=" + i.getText(1)).toList();
	}
}
