package kansa.ui.audit.internal.dialogs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The label/field rows of the audit dialogs: a two-column form whose fields take the extra width, with labels
 * aligned to the top of multi-line fields, so every dialog lines up and resizes the same way.
 */
final class FormRows {

	/** Wide enough for a sentence of Japanese or English without the dialog growing with its content. */
	private static final int FIELD_WIDTH = 420;

	private final Composite form;

	/** Starts a form in a dialog area. */
	FormRows(Composite area) {
		form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(form);
	}

	/** A row's label: centred beside a one-line field, at the top beside a taller one. */
	private void label(String text, boolean top) {
		Label label = new Label(form, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
	}

	/** A one-line field. */
	Text text(String label) {
		return text(label, 1);
	}

	/** A field showing {@code lines} lines; more than one wraps, scrolls and takes extra height. */
	Text text(String label, int lines) {
		boolean multi = lines > 1;
		label(label, multi);
		Text text = new Text(form, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridDataFactory.fillDefaults().grab(true, multi)
				.hint(FIELD_WIDTH, multi ? lines * text.getLineHeight() + 6 : SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** A drop-down: {@code SWT.READ_ONLY} to pick from the list, {@code SWT.DROP_DOWN} to also allow typing. */
	Combo combo(String label, int style) {
		label(label, false);
		Combo combo = new Combo(form, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	/** The date typed in a field as yyyy-MM-dd, or null when it is not one. */
	static LocalDate date(Text field) {
		try {
			return LocalDate.parse(field.getText().strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
