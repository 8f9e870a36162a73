package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kansa.core.incident.Incident;
import kansa.incidents.search.FacetedSearch;
import kansa.ui.incidents.internal.view.IncidentLibraryView;
import kansa.ui.internal.views.WelcomeView;
import kansa.ui.services.IncidentRegistry;
import kansa.ui.services.UiServices;

/** 事例ライブラリ in the running workbench: a Japanese search finds the seed cases where card data leaked. */
class IncidentLibraryUiTest extends WorkspaceUiTest {

	@AfterEach
	void hideLibrary() {
		fx.page.hideView(fx.page.findView(IncidentLibraryView.ID));
	}

	@Test
	void searchFindsCreditCardCases() throws Exception {
		IncidentRegistry registry = UiServices.get(fx.window, IncidentRegistry.class);
		UiWait.until(() -> !registry.all().isEmpty(), () -> "the seed incident library");
		IncidentLibraryPage view = new IncidentLibraryPage(fx.page.showView(IncidentLibraryView.ID));
		UiWait.until(() -> !view.isSearching(), () -> "the first search");
		// below the editor area, the welcome page gone: stacked on it, the library left editors a 5 % strip
		UiWait.until(() -> fx.page.findView(WelcomeView.ID) == null, () -> "the welcome page makes room");
		int top = view.searchBox().toDisplay(0, 0).y - fx.window.getShell().toDisplay(0, 0).y;
		assertTrue(top > fx.window.getShell().getClientArea().height / 3, "the library's top at " + top);

		view.search("クレジットカード");
		UiWait.until(() -> !view.isSearching(), () -> "the search for クレジットカード");
		List<Incident> results = view.results();
		assertFalse(results.isEmpty(), "some case matches クレジットカード");
		assertTrue(results.stream().anyMatch(i -> i.dataTypes().stream().anyMatch(d -> d.contains("クレジットカード"))),
				"a case with credit-card data is listed: " + results.stream().map(Incident::organization).toList());
		String[] causes = view.facetChoices(FacetedSearch.CAUSE);
		assertTrue(causes.length > 1, "causes with counts: " + Arrays.toString(causes));
		assertTrue(view.detailsText().contains(results.get(0).organization()), "the first case is shown");
		Screenshots.saveIfAsked(fx.window.getShell(), "incident-library.png");
	}
}
