package kansa.workspace;

/** A workspace operation failed for a reason the user can act on; the message says what and where. */
public class WorkspaceException extends Exception {

	private static final long serialVersionUID = 1L;

	public WorkspaceException(String message) {
		super(message);
	}

	public WorkspaceException(String message, Throwable cause) {
		super(message, cause);
	}
}
