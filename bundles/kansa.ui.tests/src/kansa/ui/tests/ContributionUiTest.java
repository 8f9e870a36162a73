package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
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
			NavigatorView navigator = (NavigatorView) fx.page.showView(NavigatorView.ID);
			TreeViewer viewer = navigator.viewer();
			// the folder shows once the contributions have read the workspace (expanding the tree while waiting
			// would keep SWT busy with its events and starve the read's asyncExec)
			UiWait.until(() -> roots(viewer).contains(SampleContribution.FOLDER),
					() -> "the sample's folder in the navigator: " + roots(viewer));
			viewer.expandAll();
			// the line says what the sample read from the workspace: its one audit
			UiWait.until(() -> texts(viewer.getTree()).contains("Sample line  1"),
					() -> "the sample's line in the navigator: " + texts(viewer.getTree()));
			List<String> roots = roots(viewer);
			assertEquals(SampleContribution.FOLDER, roots.get(roots.size() - 1), "last, by its position: " + roots);

			TreeItem line = find(viewer.getTree(), "Sample line  1");
			viewer.setSelection(new StructuredSelection(line.getData()), true);
			Table details = detailsTable(fx);
			UiWait.until(() -> rows(details).contains(SampleContribution.ROW_NAME + "=1"),
					() -> "the sample's rows in the details view: " + rows(details));
			assertEquals("Sample workspace=" + fx.root, rows(details).get(1));

			Event open = new Event();
			open.item = line;
			viewer.getTree().notifyListeners(SWT.DefaultSelection, open);
			UiWait.until(() -> fx.page.getActiveEditor() != null
					&& SampleInput.EDITOR_ID.equals(fx.page.getActiveEditor().getSite().getId()),
					() -> "the sample editor open: " + fx.page.getActiveEditor());
			IEditorPart editor = fx.page.getActiveEditor();
			assertInstanceOf(SampleInput.class, editor.getEditorInput());
		} finally {
			fx.close();
		}
	}

	private static List<String> roots(TreeViewer viewer) {
		return List.of(viewer.getTree().getItems()).stream().map(TreeItem::getText).toList();
	}

	private static Table detailsTable(Fixture fx) {
		MPart part = fx.window.getService(EPartService.class).findPart(DetailsView.ID);
		ArrayDeque<Control> todo = new ArrayDeque<>(List.of((Control) part.getWidget()));
		while (!todo.isEmpty()) {
			Control c = todo.pop();
			if (c instanceof Table t) {
				return t;
			}
			if (c instanceof Composite composite) {
				todo.addAll(List.of(composite.getChildren()));
			}
		}
		throw new AssertionError("no table in the details view");
	}

	private static List<String> rows(Table table) {
		return List.of(table.getItems()).stream().map((TableItem i) -> i.getText(0) + "=" + i.getText(1)).toList();
	}

	private static TreeItem find(Tree tree, String text) {
		return items(tree).stream().filter(i -> text.equals(i.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no line " + text + " in " + texts(tree)));
	}

	private static List<String> texts(Tree tree) {
		return items(tree).stream().map(TreeItem::getText).toList();
	}

	/** Every line of the tree, expanded or not, depth first. */
	private static List<TreeItem> items(Tree tree) {
		List<TreeItem> all = new ArrayList<>();
		ArrayDeque<TreeItem> todo = new ArrayDeque<>(List.of(tree.getItems()));
		while (!todo.isEmpty()) {
			TreeItem item = todo.pop();
			all.add(item);
			todo.addAll(List.of(item.getItems()));
		}
		return all;
	}
}
