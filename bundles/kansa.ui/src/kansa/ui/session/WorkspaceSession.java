package kansa.ui.session;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.prefs.BackingStoreException;

import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * The workspace the workbench shows, as a DS service: the open-workspace command sets it, the navigator, the window
 * title and the editors read it and hear of each switch. The recently opened folders are kept in the instance
 * preferences ({@code -data} area), newest first.
 */
@Component(service = WorkspaceSession.class)
public final class WorkspaceSession {

	static final String PREF_NODE = "kansa.ui";
	static final String PREF_RECENT = "recentWorkspaces";
	static final int MAX_RECENT = 8;

	private final List<Consumer<Optional<Workspace>>> listeners = new CopyOnWriteArrayList<>();
	private volatile Workspace current;

	/** The open workspace, if any. */
	public Optional<Workspace> current() {
		return Optional.ofNullable(current);
	}

	/**
	 * Opens (creating when the folder is new or empty) the workspace at {@code folder}, makes it current and first
	 * of the recent list.
	 */
	public Workspace open(Path folder) throws WorkspaceException {
		Workspace ws = Workspace.openOrCreate(folder);
		current = ws;
		remember(ws.root());
		fireChanged();
		return ws;
	}

	/** Tells listeners the workspace's content changed (an audit created, a checklist saved). */
	public void contentChanged() {
		fireChanged();
	}

	/**
	 * Recently opened workspace folders that still exist, newest first, each once, at most {@value #MAX_RECENT}. The
	 * stored value may have been edited by hand or damaged: a line that is not an absolute path is left out.
	 */
	public List<Path> recent() {
		String stored = prefs().get(PREF_RECENT, "");
		Set<Path> paths = new LinkedHashSet<>();
		for (String line : stored.split("\n")) {
			Path folder = folder(line.strip());
			if (folder != null && Files.isDirectory(folder)) {
				paths.add(folder);
			}
		}
		return paths.stream().limit(MAX_RECENT).toList();
	}

	private static Path folder(String line) {
		try {
			Path p = Path.of(line);
			return p.isAbsolute() ? p.normalize() : null;
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** Runs {@code listener} (on the caller's thread, the UI thread for UI code) after every switch or change. */
	public void addListener(Consumer<Optional<Workspace>> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Optional<Workspace>> listener) {
		listeners.remove(listener);
	}

	private void remember(Path root) {
		List<String> paths = new ArrayList<>();
		paths.add(root.toString());
		recent().stream().map(Path::toString).filter(p -> !p.equals(root.toString())).forEach(paths::add);
		IEclipsePreferences prefs = prefs();
		prefs.put(PREF_RECENT, String.join("\n", paths.subList(0, Math.min(MAX_RECENT, paths.size()))));
		try {
			prefs.flush();
		} catch (BackingStoreException e) {
			// the list is a convenience: losing it must not stop the user from working
		}
	}

	private static IEclipsePreferences prefs() {
		return InstanceScope.INSTANCE.getNode(PREF_NODE);
	}

	private void fireChanged() {
		Optional<Workspace> ws = current();
		listeners.forEach(l -> l.accept(ws));
	}
}
