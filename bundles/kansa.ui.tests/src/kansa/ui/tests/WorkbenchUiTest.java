package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import kansa.ui.internal.Perspective;
import kansa.ui.internal.navigator.NavigatorView;
import kansa.ui.internal.views.DetailsView;
import kansa.ui.internal.views.WelcomeView;

/**
 * Runs inside the real Kansa workbench (tycho-surefire UI harness, on the UI thread, {@code -nl ja_JP}), with the
 * ISMS catalog bundle installed from kansa.ui.feature.
 */
class WorkbenchUiTest {

	@Test
	void windowIsTheKansaWorkbench() {
		assertTrue(PlatformUI.isWorkbenchRunning());
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "an open workbench window");
		assertTrue(window.getShell().getText().startsWith("Kansa 監査ワークベンチ"), window.getShell().getText());
		assertEquals(Perspective.ID, window.getActivePage().getPerspective().getId());
		assertTrue(window.getShell().getSize().x >= 1000, "initial width " + window.getShell().getSize());
		List<String> menus = Arrays.stream(window.getShell().getMenuBar().getItems()).map(MenuItem::getText).toList();
		assertEquals(List.of("ファイル(&F)", "編集(&E)", "監査(&A)", "ヘルプ(&H)"), menus);
		assertNotNull(window.getActivePage().findView(NavigatorView.ID), "workspace navigator");
		assertNotNull(window.getActivePage().findViewReference(DetailsView.ID), "details view");
	}

	/** A menu label shows no literal ampersand: 「ワークスペースを開く(&O)…」, never 「…(&&O)」 or 「&Open」. */
	@Test
	void menuLabelsShowNoLiteralAmpersand() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		for (MenuItem top : window.getShell().getMenuBar().getItems()) {
			org.eclipse.swt.widgets.Menu menu = top.getMenu();
			menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event()); // filled when shown
			for (MenuItem item : menu.getItems()) {
				assertTrue(!item.getText().contains("&&"), top.getText() + " → " + item.getText());
			}
			menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		}
	}

	@Test
	void titleAndNavigatorShowTheOpenedWorkspace() throws Exception {
		Fixture fx = new Fixture();
		try {
			assertTrue(fx.window.getShell().getText().endsWith(fx.root.toString()), fx.window.getShell().getText());
			fx.newAudit("株式会社ナビゲーター");
			NavigatorPage navigator = new NavigatorPage(fx.page.findView(NavigatorView.ID));
			UiWait.until(() -> navigator.lines().stream().anyMatch(t -> t.equals("株式会社ナビゲーター")),
					() -> "the client in the navigator: " + navigator.lines());
			assertTrue(navigator.lines().contains("チェックリスト"), navigator.lines().toString());
			// the audit line: title, then status and answered/total in grey; the tooltip repeats the whole line
			UiWait.until(() -> navigator.expand(3).lines().stream().anyMatch(t -> t.matches(".+  計画 0/123")),
					() -> "the audit line with its state: " + navigator.lines());
			TreeItem auditItem = navigator.line(t -> t.endsWith("  計画 0/123"));
			assertEquals(auditItem.getText(), navigator.toolTip(auditItem));
		} finally {
			fx.close();
		}
	}

	@Test
	void welcomeViewListsTheIsmsChecklist() throws PartInitException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		Table table = Widgets.first(Widgets.of(page.showView(WelcomeView.ID)), Table.class, t -> true);
		assertEquals(List.of("ID", "タイトル", "項目数"),
				Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
		// Catalogs arrive as DS services, possibly after the view opened: wait for the row.
		TableItem row = waitForRow(table, "iso27001-2022");
		assertEquals("ISMS 内部監査チェックリスト（ISO/IEC 27001:2022）", row.getText(1));
		assertEquals("123", row.getText(2));

		String screenshot = System.getProperty("kansa.ui.tests.screenshot");
		if (screenshot != null) {
			Screenshots.save(window.getShell(), Path.of(screenshot));
		}
	}

	private static TableItem waitForRow(Table table, String id) {
		Display display = table.getDisplay();
		long deadline = System.currentTimeMillis() + UiWait.TIMEOUT_MS;
		while (System.currentTimeMillis() < deadline) {
			for (TableItem item : table.getItems()) {
				if (id.equals(item.getText(0))) {
					return item;
				}
			}
			if (!display.readAndDispatch()) {
				UiWait.sleep(20);
			}
		}
		return fail("no row " + id + " in " + Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
	}

	static void sleep(long ms) {
		UiWait.sleep(ms);
	}
}
