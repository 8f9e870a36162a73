package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kansa.core.incident.Incident;
import kansa.ui.incidents.internal.handlers.NewIncidentFromArticleHandler;
import kansa.ui.incidents.internal.view.IncidentLibraryView;
import kansa.ui.incidents.internal.wizard.ArticleWizardDialog;
import kansa.ui.services.IncidentRegistry;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;

/** 記事から新規事例: a fictional article is drafted, its sources highlighted, corrected, saved and shown. */
class ArticleWizardUiTest {

	// fictional: no real organisation, no published text
	static final String ARTICLE = """
			株式会社かくうデータ、不正アクセスによる顧客情報流出の可能性を公表

			株式会社かくうデータ（本社：東京都架空区）は2025年3月14日、同社が運営するオンラインショップ「かくうマート」が\
			不正アクセスを受け、顧客の個人情報が流出した可能性があると発表した。

			流出した可能性があるのは、顧客の氏名、住所、電話番号、メールアドレスで、対象は最大1万2000件。

			同社によると、2025年2月20日に決済代行会社からの連絡で発覚した。
			""";

	private static final List<String> FIELDS_WITH_SOURCES = List.of("organization", "announced", "discovered",
			"records", "dataTypes", "cause", "route");

	private Fixture fx;
	private ArticleWizardDialog dialog;
	private ArticleWizardPage wizard;

	@BeforeEach
	void openWorkspace() throws Exception {
		fx = new Fixture();
	}

	@AfterEach
	void closeWorkspace() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		IViewPart view = fx.page.findView(IncidentLibraryView.ID);
		if (view != null) {
			fx.page.hideView(view);
		}
		fx.close();
	}

	private void openOnDraft() {
		IncidentRegistry registry = UiServices.get(fx.window, IncidentRegistry.class);
		UiWait.until(() -> !registry.all().isEmpty(), () -> "the seed incident library, for item suggestions");
		WorkspaceSession session = UiServices.get(fx.window, WorkspaceSession.class);
		dialog = new ArticleWizardDialog(fx.window.getShell(),
				NewIncidentFromArticleHandler.wizard(fx.window, session, fx.workspace));
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard = new ArticleWizardPage(dialog.getShell());
		wizard.fillArticle(ARTICLE, "https://example.invalid/news/kakuu", "架空ニュース 2025年3月15日", "2025-03-15");
		wizard.next();
		UiWait.until(wizard::onDraftPage, () -> "the draft page");
	}

	@Test
	void draftShowsWhereEachFieldWasRead() throws Exception {
		openOnDraft();
		assertEquals("株式会社かくうデータ", wizard.field("organization"));
		assertEquals("2025-03-14", wizard.field("announced"));
		assertEquals("2025-02-20", wizard.field("discovered"));
		assertEquals("12000", wizard.field("records"));
		assertEquals("氏名、住所、電話番号、メールアドレス", wizard.field("dataTypes"));
		assertEquals("不正アクセス・脆弱性", wizard.field("cause"));
		assertEquals("決済代行会社・カード会社からの連絡", wizard.field("route"));

		String article = wizard.article().getText();
		assertTrue(article.contains("株式会社かくうデータ（本社：東京都架空区）"), "the article beside the form");
		for (String field : FIELDS_WITH_SOURCES) {
			List<ArticleWizardPage.Source> sources = wizard.sources(field);
			assertFalse(sources.isEmpty(), field + ": focused, its source in the article is marked bold");
			for (ArticleWizardPage.Source s : sources) {
				assertFalse(s.text().isBlank(), field + ": " + s);
				StyleRange r = wizard.styleAt(s.start());
				assertNotNull(r.background, field + ": highlighted at " + s.start());
			}
		}
		assertTrue(wizard.sources("organization").get(0).text().startsWith("株式会社かくうデータ"));
		assertTrue(wizard.sources("records").stream().anyMatch(s -> s.text().contains("1万2000件")),
				wizard.sources("records").toString());
		assertTrue(wizard.sources("discovered").stream().anyMatch(s -> s.text().contains("2月20日")),
				wizard.sources("discovered").toString());

		// the focused field's source stands out from the others and is bold
		int records = wizard.sources("records").get(0).start();
		int organization = wizard.sources("organization").get(0).start();
		wizard.focus("records");
		StyleRange active = wizard.styleAt(records);
		StyleRange other = wizard.styleAt(organization);
		assertEquals(SWT.BOLD, active.fontStyle & SWT.BOLD);
		assertNotNull(other, "the other fields' sources stay marked");
		assertEquals(0, other.fontStyle & SWT.BOLD);
		assertNotEquals(active.background, other.background);
		wizard.focus("organization");
		assertEquals(SWT.BOLD, wizard.styleAt(organization).fontStyle);
		assertEquals(0, wizard.styleAt(records).fontStyle & SWT.BOLD);

		// not in the article: marked for checking; plainly stated: not marked
		assertTrue(wizard.needsCheck("industry"), "no industry in the article");
		assertTrue(wizard.needsCheck("persons"), "no count of people in the article");
		assertFalse(wizard.needsCheck("announced"));
		assertFalse(wizard.needsCheck("records"));

		wizard.focus("dataTypes");
		UiWait.settle(100);
		Screenshots.saveIfAsked(dialog.getShell(), "11-incident-from-article.png");
	}

	@Test
	void finishValidatesSavesAndShowsTheCase() throws Exception {
		openOnDraft();
		String id = wizard.field("id");
		assertEquals("draft-2025-03-14-01", id);
		Path file = fx.root.resolve("incidents").resolve(id + ".json");

		wizard.setField("records", "約1万");
		wizard.finish();
		assertTrue(wizard.message().startsWith("件数"), "a count that is not a number is refused, the field named: "
				+ wizard.message());
		assertFalse(Files.exists(file), "nothing written on a refused finish");

		wizard.setField("announced", "2025-02-30");
		wizard.setField("records", "11,500");
		wizard.finish();
		assertTrue(wizard.message().startsWith("公表日"), wizard.message());

		List<String> offered = wizard.suggestions();
		assertFalse(offered.isEmpty(), "items that the library's 不正アクセス cases violated are offered");
		Incident.MappedItem ticked = wizard.tickSuggestion(0);
		assertTrue(offered.get(0).contains(": " + ticked.itemId() + " "), "labelled with ID and title: " + offered.get(0));

		wizard.setField("announced", "2025-03-14");
		wizard.setField("industry", "小売（通信販売）");
		wizard.setField("narrative", "架空の通販サイトで顧客情報が流出した可能性がある事例。");
		wizard.finish();
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "closed");

		assertTrue(Files.exists(file), "saved where kansa incident add writes: " + file);
		Incident saved = fx.workspace.loadIncident(id);
		assertEquals("株式会社かくうデータ", saved.organization());
		assertEquals(11_500L, saved.recordsAffected());
		assertEquals("小売（通信販売）", saved.industry());
		assertEquals("https://example.invalid/news/kakuu", saved.sources().get(0).url());
		assertEquals(List.of(ticked), saved.mappedItems(), "the ticked item is mapped");
		try (var files = Files.list(file.getParent())) {
			assertEquals(1, files.count(), "only the case file: no temporary file left behind");
		}

		IViewPart library = fx.page.findView(IncidentLibraryView.ID);
		assertNotNull(library, "the library is shown");
		IncidentLibraryPage view = new IncidentLibraryPage(library);
		UiWait.until(() -> !view.isSearching() && view.selection() != null && id.equals(view.selection().id()),
				() -> "the new case selected in the library");
		assertTrue(view.detailsText().contains("https://example.invalid/news/kakuu"), view.detailsText());
	}

	@Test
	void cancelWritesNothing() throws Exception {
		openOnDraft();
		wizard.cancel();
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed());
		assertTrue(fx.workspace.incidentIds().isEmpty(), "no case written");
		assertNull(fx.page.findView(IncidentLibraryView.ID), "the library was not opened for a new case");
	}
}
