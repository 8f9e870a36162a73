package kansa.cli.command;

/** The user asked for something that cannot be done as asked; exit code 1, one line, no stack trace. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
