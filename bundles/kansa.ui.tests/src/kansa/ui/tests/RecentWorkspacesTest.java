package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kansa.ui.internal.Messages;
import kansa.ui.session.WorkspaceSession;

/**
 * ファイル → 最近のワークスペース: newest first, each folder once, at most eight, folders gone are left out, the list
 * kept in the instance preferences across a restart, and a damaged stored value read without failing the start.
 * A session of its own stands for the workbench's (it reads and writes the same preferences), so the window's
 * workspace does not change; the stored list of the test run is put back afterwards.
 */
class RecentWorkspacesTest {

	/** Where and under which key the list is stored (the preferences of kansa.ui in the -data area). */
	private static final String NODE = "kansa.ui";
	private static final String KEY = "recentWorkspaces";

	private final List<Path> folders = new ArrayList<>();
	private Path base;
	private String before;

	@BeforeEach
	void keepTheRunsList() throws IOException {
		before = prefs().get(KEY, null);
		prefs().remove(KEY);
		base = Files.createTempDirectory("kansa-recent");
	}

	@AfterEach
	void restoreTheRunsList() throws Exception {
		if (before == null) {
			prefs().remove(KEY);
		} else {
			prefs().put(KEY, before);
		}
		prefs().flush();
		try (Stream<Path> files = Files.walk(base)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private static IEclipsePreferences prefs() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	private Path folder(String name) throws IOException {
		Path p = Files.createDirectories(base.resolve(name));
		folders.add(p);
		return p;
	}

	/** New folders of these names, opened in this order; the folders. */
	private List<Path> open(WorkspaceSession session, String... names) throws Exception {
		List<Path> opened = new ArrayList<>();
		for (String name : names) {
			Path p = folder(name);
			session.open(p);
			opened.add(p);
		}
		return opened;
	}

	@Test
	void newestFirst() throws Exception {
		WorkspaceSession session = new WorkspaceSession();
		List<Path> opened = open(session, "a", "b", "c");
		assertEquals(List.of(opened.get(2), opened.get(1), opened.get(0)), session.recent());
	}

	@Test
	void aFolderOpenedAgainMovesToTheTopOnce() throws Exception {
		WorkspaceSession session = new WorkspaceSession();
		List<Path> opened = open(session, "a", "b");
		session.open(base.resolve("x/../a")); // the same folder, spelt otherwise
		assertEquals(opened, session.recent());
	}

	@Test
	void atMostEightTheOldestDropped() throws Exception {
		WorkspaceSession session = new WorkspaceSession();
		for (int i = 0; i < 11; i++) {
			session.open(folder("ws" + i));
		}
		List<Path> expected = new ArrayList<>(folders.subList(3, 11));
		java.util.Collections.reverse(expected);
		assertEquals(expected, session.recent());
	}

	@Test
	void aFolderThatIsGoneIsLeftOut() throws Exception {
		WorkspaceSession session = new WorkspaceSession();
		List<Path> opened = open(session, "a", "b");
		try (Stream<Path> files = Files.walk(opened.get(0))) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		assertEquals(List.of(opened.get(1)), session.recent(), "a USB stick unplugged, a folder deleted");
	}

	@Test
	void theListIsOnDiskAndReadAfterARestart() throws Exception {
		List<Path> opened = open(new WorkspaceSession(), "a", "b");
		assertEquals(List.of(opened.get(1).toString(), opened.get(0).toString()), stored(),
				"flushed to the preferences file");
		assertEquals(List.of(opened.get(1), opened.get(0)), new WorkspaceSession().recent(),
				"a new session, as after a restart");
	}

	@Test
	void aDamagedStoredValueIsReadAroundItsBadLines() throws Exception {
		Path a = folder("a");
		Path b = folder("b");
		prefs().put(KEY, String.join("\n", "", "   ", "not/absolute", "/tmp/bad\0name", a + "  ", a + "/", "\r",
				a.toString()));
		WorkspaceSession session = new WorkspaceSession();
		assertEquals(List.of(a), session.recent());
		session.open(b);
		assertEquals(List.of(b, a), session.recent());
		assertEquals(List.of(b.toString(), a.toString()), stored(), "the bad lines are not written back");
	}

	@Test
	void theMenuListsTheFoldersNumberedAndTheirAmpersandsShown() throws Exception {
		List<Path> opened = open(new WorkspaceSession(), "R&D", "b");
		Path a = opened.get(0);
		Path b = opened.get(1);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		MenuItem file = window.getShell().getMenuBar().getItem(0);
		Menu fileMenu = file.getMenu();
		fileMenu.notifyListeners(SWT.Show, new Event());
		try {
			MenuItem recent = Arrays.stream(fileMenu.getItems())
					.filter(i -> i.getMenu() != null && DialogPage.clean(i.getText()).equals(DialogPage.clean(Messages.Menu_recent)))
					.findFirst().orElseThrow(() -> new AssertionError("no 最近のワークスペース submenu"));
			Menu list = recent.getMenu();
			list.notifyListeners(SWT.Show, new Event());
			List<String> labels = Arrays.stream(list.getItems()).map(MenuItem::getText).toList();
			list.notifyListeners(SWT.Hide, new Event());
			assertEquals(List.of("&1 " + b, "&2 " + a.toString().replace("&", "&&")), labels.subList(0, 2));
		} finally {
			fileMenu.notifyListeners(SWT.Hide, new Event());
		}
	}

	/** The list as the preferences file on disk holds it (what the next start reads). */
	private static List<String> stored() throws Exception {
		URI data = Platform.getInstanceLocation().getURL().toURI();
		Path file = Path.of(data).resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/" + NODE + ".prefs");
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			p.load(in);
		}
		return List.of(p.getProperty(KEY, "").split("\n"));
	}
}
