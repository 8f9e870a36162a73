package kansa.ui.incidents.internal.wizard;

import org.eclipse.osgi.util.NLS;

import kansa.ui.incidents.internal.Messages;

/** A value the consultant must correct; the message names the field. */
final class FieldException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String field;

	FieldException(String field, String problem) {
		super(NLS.bind(Messages.Field_problem, field, problem));
		this.field = field;
	}

	/** The field's label, as the form shows it. */
	String field() {
		return field;
	}
}
