package kansa.cli.command;

/** One `kansa` command. */
public interface Command {

	/** The word typed after `kansa`. */
	String name();

	/** One line for the command list, Japanese then English. */
	String summary();

	/** Full help, shown by {@code --help}. */
	String help();

	/**
	 * Whether the first argument names a sub-command with help of its own: then {@code kansa CMD SUB --help} is
	 * left to the command, and only {@code kansa CMD --help} prints this command's help.
	 */
	default boolean hasSubCommands() {
		return false;
	}

	/** Runs the command; returns the exit code. Throws {@link UsageException} for the user's mistakes. */
	int run(java.util.List<String> args, CliContext context) throws Exception;
}
