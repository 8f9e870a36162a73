package kansa.checklist.edit;

/** An edit cannot be applied as asked (unknown id, an id already taken); the checklist is left unchanged. */
public class EditException extends Exception {

	private static final long serialVersionUID = 1L;

	public EditException(String message) {
		super(message);
	}
}
