package kansa.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * Typing as a keyboard or an input method does: each piece inserted at the caret (Text.insert sends the same
 * Modify events), with the event loop run between pieces so listeners and their asyncExecs see every state.
 */
final class Typing {

	private Typing() {
	}

	/** Types the text one character at a time (line breaks included). */
	static void type(Text field, String text) {
		text.codePoints().forEach(cp -> {
			field.insert(new String(Character.toChars(cp)));
			settle(field.getDisplay());
		});
	}

	/** Replaces the field's text by typing: select all, then type. */
	static void replace(Text field, String text) {
		field.setFocus();
		field.selectAll();
		type(field, text);
	}

	/** A key pressed on a control (the KeyDown the control's listeners see). */
	static void key(Control control, char key) {
		control.setFocus();
		Event e = new Event();
		e.type = SWT.KeyDown;
		e.character = key;
		e.keyCode = key;
		e.doit = true;
		control.notifyListeners(SWT.KeyDown, e);
		settle(control.getDisplay());
	}

	/** Commits several characters at once, as an IME conversion does. */
	static void commit(Text field, String text) {
		field.insert(text);
		settle(field.getDisplay());
	}

	static void settle(Display display) {
		while (display.readAndDispatch()) {
			// run what the last event queued
		}
	}
}
