package kansa.ui.internal;

import java.nio.file.Path;
import java.util.Map;

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
 */
public record StartupOptions(Path workspace, String openAudit, String openItem, String command, boolean timing) {

	public static StartupOptions parse(String[] args, Map<String, String> env) {
		Path workspace = null;
		String open = null;
		String command = null;
		boolean timing = false;
		for (int i = 0; i < args.length; i++) {
			String next = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
				case "-kansa.workspace" -> {
					workspace = next == null ? null : Path.of(next);
					i++;
				}
				case "-kansa.open" -> {
					open = next;
					i++;
				}
				case "-kansa.command" -> {
					command = next;
					i++;
				}
				case "-kansa.timing" -> timing = true;
				default -> {
					// the platform's and other applications' options are not ours
				}
			}
		}
		String fromEnv = env.get("KANSA_WORKSPACE");
		if (workspace == null && fromEnv != null && !fromEnv.isBlank()) {
			workspace = Path.of(fromEnv);
		}
		String item = null;
		if (open != null && open.contains("/")) {
			item = open.substring(open.indexOf('/') + 1);
			open = open.substring(0, open.indexOf('/'));
		}
		return new StartupOptions(workspace == null ? null : workspace.toAbsolutePath().normalize(), open, item,
				command, timing);
	}
}
