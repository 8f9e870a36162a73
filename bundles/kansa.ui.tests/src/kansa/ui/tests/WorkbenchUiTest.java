package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import kansa.ui.Perspective;
import kansa.ui.internal.views.WelcomeView;

/**
 * Runs inside the real Kansa workbench (tycho-surefire UI harness, on the UI thread, {@code -nl ja_JP}), with the
 * ISMS catalog bundle installed from kansa.ui.feature.
 */
class WorkbenchUiTest {

	private static final long TIMEOUT_MS = 10_000;

	@Test
	void windowIsTheKansaWorkbench() {
		assertTrue(PlatformUI.isWorkbenchRunning());
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "an open workbench window");
		assertEquals("Kansa 監査ワークベンチ", window.getShell().getText());
		assertEquals(Perspective.ID, window.getActivePage().getPerspective().getId());
		assertTrue(window.getShell().getSize().x >= 1000, "initial width " + window.getShell().getSize());
	}

	@Test
	void welcomeViewListsTheIsmsChecklist() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		assertNotNull(page.findView(WelcomeView.ID), "welcome view open in the initial perspective");

		Table table = single(tablesIn(window.getShell()));
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
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < deadline) {
			for (TableItem item : table.getItems()) {
				if (id.equals(item.getText(0))) {
					return item;
				}
			}
			if (!display.readAndDispatch()) {
				sleep(20);
			}
		}
		return fail("no row " + id + " in " + Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList());
	}

	private static List<Table> tablesIn(Control control) {
		List<Table> found = new ArrayList<>();
		if (control instanceof Table table) {
			found.add(table);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(tablesIn(child));
			}
		}
		return found;
	}

	private static <T> T single(List<T> list) {
		assertEquals(1, list.size(), "exactly one table in the window: " + list);
		return list.get(0);
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
