package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kansa.core.incident.Incident;
import kansa.incidents.search.FacetedSearch;
import kansa.ui.incidents.internal.view.IncidentLibraryView;
import kansa.ui.services.IncidentRegistry;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;

/** 事例ライブラリ's facets: each narrows the list, filters combine with AND, counts match the cases. */
class IncidentFacetUiTest {

	/** An industry no real case has: filtering on it leaves exactly the test's own cases. */
	private static final String INDUSTRY = "教育（架空）";

	private Fixture fx;
	private IncidentLibraryView part;
	private IncidentLibraryPage view;

	@BeforeEach
	void openWorkspace() throws Exception {
		fx = new Fixture();
		save("facet-a", "さくら架空学園", 2023, "内部調査", 50L, "誤送信");
		save("facet-b", "みなと架空塾", 2023, "顧客の指摘", 5_000L, "誤送信");
		save("facet-c", "あおば架空大学", 2024, "内部調査", 120_000L, "ランサムウェア");
		save("facet-d", "ひかり架空学院", 2024, "警察からの連絡", null, "ランサムウェア");
		save("facet-e", "こだま架空高校", 2024, "内部調査", 7_000L, "紛失・置忘れ");
		UiServices.get(fx.window, WorkspaceSession.class).contentChanged();
		IncidentRegistry registry = UiServices.get(fx.window, IncidentRegistry.class);
		UiWait.until(() -> !registry.all().isEmpty(), () -> "the seed incident library");
		part = (IncidentLibraryView) fx.page.showView(IncidentLibraryView.ID);
		view = new IncidentLibraryPage(part);
		waitForSearch();
	}

	private void save(String id, String organization, int year, String route, Long records, String cause)
			throws Exception {
		fx.workspace.saveIncident(new Incident(id, organization, INDUSTRY, null, null, LocalDate.of(year, 6, 1),
				route, records, "件", List.of("氏名"), cause, "絞り込みの検証用の架空の事例。", List.of(), List.of()));
	}

	@AfterEach
	void closeWorkspace() throws Exception {
		fx.page.hideView(part);
		fx.close();
	}

	private void waitForSearch() {
		view.waitForSearch();
	}

	private Set<String> ids() {
		return view.results().stream().map(Incident::id).collect(Collectors.toSet());
	}

	/** The entry of a facet value as shown: "label (count)". */
	private String entry(String facet, String labelPart) {
		return Arrays.stream(view.facetChoices(facet)).filter(s -> s.contains(labelPart)).findFirst()
				.orElseThrow(() -> new AssertionError(labelPart + " not in " + Arrays.toString(view.facetChoices(facet))));
	}

	@Test
	void facetsNarrowAndCount() {
		assertTrue(view.results().size() > 5, "seed cases and the workspace's own");
		assertTrue(view.filter(FacetedSearch.INDUSTRY, INDUSTRY));
		waitForSearch();
		assertEquals(Set.of("facet-a", "facet-b", "facet-c", "facet-d", "facet-e"), ids());
		assertTrue(entry(FacetedSearch.YEAR, "2024").endsWith("(3)"), entry(FacetedSearch.YEAR, "2024"));
		assertTrue(entry(FacetedSearch.YEAR, "2023").endsWith("(2)"));
		assertTrue(entry(FacetedSearch.ROUTE, "内部調査").endsWith("(3)"));
		assertTrue(entry(FacetedSearch.SIZE, "1,000").endsWith("(2)"), "5,000 and 7,000 are 1,000-9,999");
		assertTrue(entry(FacetedSearch.CAUSE, "誤送信").endsWith("(2)"));
		view.sortBy(2);
		assertEquals(List.of("facet-d", "facet-a", "facet-b", "facet-e", "facet-c"),
				view.results().stream().map(Incident::id).toList(), "by records, unknown first");
		view.sortBy(2);
		assertEquals("facet-c", view.results().get(0).id(), "a second click: the largest first");

		assertTrue(view.filter(FacetedSearch.YEAR, "2024"));
		waitForSearch();
		assertEquals(Set.of("facet-c", "facet-d", "facet-e"), ids());
		assertTrue(entry(FacetedSearch.ROUTE, "内部調査").endsWith("(2)"), "counted within 2024");
		assertTrue(entry(FacetedSearch.YEAR, "2023").endsWith("(2)"), "the other year still offered");
		Screenshots.saveIfAsked(fx.window.getShell(), "12-incident-facets.png");

		assertTrue(view.filter(FacetedSearch.ROUTE, "内部調査"));
		waitForSearch();
		assertEquals(Set.of("facet-c", "facet-e"), ids(), "industry AND year AND route");
		assertTrue(view.filter(FacetedSearch.SIZE, "100000-999999"));
		waitForSearch();
		assertEquals(Set.of("facet-c"), ids());
		assertTrue(view.detailsText().contains("あおば架空大学"), "the only hit is shown");

		view.clearFilters();
		waitForSearch();
		assertTrue(view.results().size() > 5, "clear filters: every case again");
	}
}
