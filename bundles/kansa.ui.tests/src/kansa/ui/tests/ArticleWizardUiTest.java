package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kansa.core.incident.Incident;
import kansa.incidents.extract.Span;
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
		dialog.fillArticle(ARTICLE, "https://example.invalid/news/kakuu", "架空ニュース 2025年3月15日", "2025-03-15");
		dialog.next();
		UiWait.until(dialog::onDraftPage, () -> "the draft page");
	}

	private static String folded(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFKC);
	}

	@Test
	void draftShowsWhereEachFieldWasRead() throws Exception {
		openOnDraft();
		assertEquals("株式会社かくうデータ", dialog.field("organization"));
		assertEquals("2025-03-14", dialog.field("announced"));
		assertEquals("2025-02-20", dialog.field("discovered"));
		assertEquals("12000", dialog.field("records"));
		assertEquals("氏名、住所、電話番号、メールアドレス", dialog.field("dataTypes"));
		assertEquals("不正アクセス・脆弱性", dialog.field("cause"));
		assertEquals("決済代行会社・カード会社からの連絡", dialog.field("route"));

		String article = dialog.articleText();
		StyledText text = dialog.articleControl();
		for (String field : FIELDS_WITH_SOURCES) {
			List<Span> spans = dialog.spans(field);
			assertFalse(spans.isEmpty(), field + " has a source span");
			for (Span s : spans) {
				assertEquals(folded(s.text()), folded(article.substring(s.start(), s.end())),
						field + ": the span's offsets fit the article shown");
				for (int offset : new int[] { s.start(), s.end() - 1 }) {
					StyleRange r = text.getStyleRangeAtOffset(offset);
					assertNotNull(r, field + ": highlighted at " + offset);
					assertNotNull(r.background, field + ": highlighted at " + offset);
				}
			}
		}
		assertTrue(article.substring(dialog.spans("organization").get(0).start()).startsWith("株式会社かくうデータ"));
		assertTrue(dialog.spans("records").get(0).text().contains("1万2000件"));

		// the focused field's source stands out from the others and is bold
		dialog.focus("records");
		UiWait.settle(50);
		StyleRange active = text.getStyleRangeAtOffset(dialog.spans("records").get(0).start());
		StyleRange other = text.getStyleRangeAtOffset(dialog.spans("organization").get(0).start());
		assertEquals(SWT.BOLD, active.fontStyle & SWT.BOLD);
		assertNotEquals(active.background, other.background);
		dialog.focus("organization");
		UiWait.settle(50);
		assertEquals(SWT.BOLD, text.getStyleRangeAtOffset(dialog.spans("organization").get(0).start()).fontStyle);
		assertEquals(0, text.getStyleRangeAtOffset(dialog.spans("records").get(0).start()).fontStyle & SWT.BOLD);

		// not in the article: marked for checking; plainly stated: not marked
		assertTrue(dialog.needsCheck("industry"), "no industry in the article");
		assertTrue(dialog.needsCheck("persons"), "no count of people in the article");
		assertFalse(dialog.needsCheck("announced"));
		assertFalse(dialog.needsCheck("records"));

		dialog.focus("dataTypes");
		UiWait.settle(100);
		Screenshots.saveIfAsked(dialog.getShell(), "11-incident-from-article.png");
	}

	@Test
	void finishValidatesSavesAndShowsTheCase() throws Exception {
		openOnDraft();
		String id = dialog.field("id");
		assertEquals("draft-2025-03-14-01", id);
		Path file = fx.root.resolve("incidents").resolve(id + ".json");

		dialog.setField("records", "約1万");
		dialog.finish();
		assertNotNull(dialog.errorMessage(), "a count that is not a number is refused");
		assertTrue(dialog.errorMessage().startsWith("件数"), "the message names the field: " + dialog.errorMessage());
		assertFalse(Files.exists(file), "nothing written on a refused finish");

		dialog.setField("announced", "2025-02-30");
		dialog.setField("records", "11,500");
		dialog.finish();
		assertTrue(dialog.errorMessage().startsWith("公表日"), dialog.errorMessage());

		List<String> offered = dialog.suggestions();
		assertFalse(offered.isEmpty(), "items that the library's 不正アクセス cases violated are offered");
		Incident.MappedItem ticked = dialog.tickSuggestion(0);
		assertTrue(offered.get(0).contains(": " + ticked.itemId() + " "), "labelled with ID and title: " + offered.get(0));

		dialog.setField("announced", "2025-03-14");
		dialog.setField("industry", "小売（通信販売）");
		dialog.setField("narrative", "架空の通販サイトで顧客情報が流出した可能性がある事例。");
		dialog.finish();
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "closed: " + dialog.errorMessage());

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

		IncidentLibraryView view = (IncidentLibraryView) fx.page.findView(IncidentLibraryView.ID);
		assertNotNull(view, "the library is shown");
		UiWait.until(() -> !view.isSearching() && view.selection() != null && id.equals(view.selection().id()),
				() -> "the new case selected in the library");
		assertTrue(view.detailsText().contains("https://example.invalid/news/kakuu"), view.detailsText());
	}

	@Test
	void cancelWritesNothing() throws Exception {
		openOnDraft();
		dialog.cancel();
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed());
		assertTrue(fx.workspace.incidentIds().isEmpty(), "no case written");
		assertNull(fx.page.findView(IncidentLibraryView.ID), "the library was not opened for a new case");
	}
}
