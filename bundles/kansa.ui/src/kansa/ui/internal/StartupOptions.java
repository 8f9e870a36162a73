package kansa.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * Command-line options of the workbench, after the platform's own:
 *
 * <pre>
 * -kansa.workspace DIR     open this workspace (also $KANSA_WORKSPACE); otherwise the last one used
 * -kansa.open AUDIT[/ITEM] open a document (an audit) of that workspace in its editor, optionally selecting an
 *                          item; the navigator contribution that has a document of that id opens it
 * -kansa.command ID        run a command once the window is up (e.g. kansa.ui.about)
 * -kansa.timing            print the time from process start to the first window on stdout
 * </pre>
 *
 * A bad option never stops the start: it is left out and named in {@link #problems()}, which the window shows.
 */
public record StartupOptions(Path workspace, String openAudit, String openItem, String command, boolean timing,
		List<String> problems) {

	static final String WORKSPACE = "-kansa.workspace";
	static final String OPEN = "-kansa.open";
	static final String COMMAND = "-kansa.command";
	static final String TIMING = "-kansa.timing";
	static final String ENV_WORKSPACE = "KANSA_WORKSPACE";

	public StartupOptions {
		problems = List.copyOf(problems);
	}

	public static StartupOptions parse(String[] args, Map<String, String> env) {
		List<String> problems = new ArrayList<>();
		String workspace = null;
		String open = null;
		String command = null;
		boolean timing = false;
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (!option.equals(WORKSPACE) && !option.equals(OPEN) && !option.equals(COMMAND)) {
				timing |= option.equals(TIMING);
				continue; // the platform's and other applications' options are not ours
			}
			// a value never starts with '-': "-kansa.open -kansa.timing" lacks the audit, it does not open one
			String value = i + 1 < args.length && !args[i + 1].startsWith("-") ? args[++i] : null;
			if (value == null || value.isBlank()) {
				problems.add(NLS.bind(Messages.Startup_missingValue, option));
				continue;
			}
			switch (option) {
				case WORKSPACE -> workspace = value;
				case OPEN -> open = value;
				default -> command = value;
			}
		}
		Path folder = folder(WORKSPACE, workspace, problems);
		String fromEnv = env.get(ENV_WORKSPACE);
		if (workspace == null && fromEnv != null && !fromEnv.isBlank()) {
			folder = folder(ENV_WORKSPACE, fromEnv, problems);
		}
		String item = null;
		if (open != null && open.contains("/")) {
			item = open.substring(open.indexOf('/') + 1);
			open = open.substring(0, open.indexOf('/'));
			if (open.isEmpty()) {
				problems.add(NLS.bind(Messages.Startup_missingValue, OPEN));
				open = null;
				item = null;
			} else if (item.isEmpty()) {
				item = null; // "AUDIT/": the audit, no item
			}
		}
		return new StartupOptions(folder, open, item, command, timing, problems);
	}

	/** The folder as an absolute, normalised path; null (and a problem named) when it cannot be a path. */
	private static Path folder(String option, String value, List<String> problems) {
		if (value == null) {
			return null;
		}
		try {
			return Path.of(value).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			problems.add(NLS.bind(Messages.Startup_badFolder, option, value.replace('\0', '?')));
			return null;
		}
	}
}
