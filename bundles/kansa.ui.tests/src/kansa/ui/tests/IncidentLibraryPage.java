package kansa.ui.tests;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;

import kansa.core.incident.Incident;
import kansa.incidents.search.FacetedSearch;
import kansa.ui.incidents.internal.Messages;

/**
 * 事例ライブラリ as the user sees it: the search box, the status line beside it, the facet tree with its check
 * boxes, the hit list and the details of the selected case, found in the view's widgets.
 */
final class IncidentLibraryPage {

	/** The facets' titles as the tree shows them. */
	private static final Map<String, String> TITLES = Map.of(FacetedSearch.CAUSE, Messages.Facet_cause,
			FacetedSearch.YEAR, Messages.Facet_year, FacetedSearch.INDUSTRY, Messages.Facet_industry,
			FacetedSearch.DATA_TYPE, Messages.Facet_dataType, FacetedSearch.ROUTE, Messages.Facet_route,
			FacetedSearch.SIZE, Messages.Facet_size);

	private final Composite root;

	IncidentLibraryPage(IViewPart view) {
		root = Widgets.of(view);
	}

	/** The search box: the one text field with the search style. */
	Text searchBox() {
		return Widgets.first(root, Text.class, t -> (t.getStyle() & SWT.SEARCH) != 0);
	}

	/** Types the words into the search box and presses Enter. */
	IncidentLibraryPage search(String words) {
		Text box = searchBox();
		Typing.replace(box, words);
		Event enter = new Event();
		enter.character = SWT.CR;
		box.notifyListeners(SWT.DefaultSelection, enter);
		Typing.settle(box.getDisplay());
		return this;
	}

	/** Whether the status line beside the search box still says 検索中…. */
	boolean isSearching() {
		Label status = Widgets.first(searchBox().getParent(), Label.class, l -> true);
		return Messages.Search_running.equals(status.getText());
	}

	/** Waits until the search shown has finished. */
	IncidentLibraryPage waitForSearch() {
		UiWait.until(() -> !isSearching(), () -> "the search");
		return this;
	}

	private Table table() {
		return Widgets.first(root, Table.class, t -> true);
	}

	/** The cases the hit list shows, in order (each row holds its case). */
	List<Incident> results() {
		return Arrays.stream(table().getItems()).map(item -> (Incident) item.getData()).toList();
	}

	/** The selected case, if any. */
	Incident selection() {
		TableItem[] selected = table().getSelection();
		return selected.length == 0 ? null : (Incident) selected[0].getData();
	}

	/** A click on a column header (0 組織, 1 日付, 2 件数, 3 原因). */
	IncidentLibraryPage sortBy(int column) {
		Table t = table();
		t.getColumn(column).notifyListeners(SWT.Selection, new Event());
		Typing.settle(t.getDisplay());
		return this;
	}

	private Tree facets() {
		return Widgets.first(root, Tree.class, t -> (t.getStyle() & SWT.CHECK) != 0);
	}

	/** A facet's branch, by the title it shows (a chosen value follows the title). */
	private TreeItem branch(String facet) {
		String title = TITLES.get(facet);
		return Arrays.stream(facets().getItems()).filter(b -> b.getText().startsWith(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no facet " + title));
	}

	/** A facet's values as shown: "label (count)". */
	String[] facetChoices(String facet) {
		return Arrays.stream(branch(facet).getItems()).map(TreeItem::getText).toArray(String[]::new);
	}

	/** Ticks a facet's value (the value each row stands for); false when the facet does not list it. */
	boolean filter(String facet, String value) {
		for (TreeItem item : branch(facet).getItems()) {
			if (value.equals(item.getData())) {
				Widgets.tick(facets(), item, true);
				return true;
			}
		}
		return false;
	}

	/** The 絞り込みを解除 button under the facets. */
	IncidentLibraryPage clearFilters() {
		Widgets.click(Widgets.button(facets().getParent(), Messages.Facet_clear));
		return this;
	}

	/** What the details pane shows for the selected case. */
	String detailsText() {
		return Widgets.first(root, StyledText.class, t -> true).getText();
	}
}
