package kansa.cli.internal;

/** One `kansa` command. */
public interface Command {

	/** The word typed after `kansa`. */
	String name();

	/** One line for the command list, Japanese then English. */
	String summary();

	/** Full help, shown by {@code --help}. */
	String help();

	/** Runs the command; returns the exit code. Throws {@link UsageException} for the user's mistakes. */
	int run(java.util.List<String> args, CliContext context) throws Exception;
}
