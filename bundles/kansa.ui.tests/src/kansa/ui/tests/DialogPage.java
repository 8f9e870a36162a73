package kansa.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A dialog as a user sees it: fields found by the label in front of them, buttons by their text, filled in by
 * typing (SWT events), so tests need nothing from the product but what is on the screen.
 */
final class DialogPage {

	private final Shell shell;

	DialogPage(Shell shell) {
		this.shell = shell;
	}

	Shell shell() {
		return shell;
	}

	/** The text field right after the label with this text (colons and mnemonics ignored). */
	Text text(String label) {
		return (Text) after(label, c -> c instanceof Text);
	}

	Combo combo(String label) {
		return (Combo) after(label, c -> c instanceof Combo);
	}

	/** Types into the field labelled so, replacing what it held. */
	DialogPage type(String label, String value) {
		Typing.replace(text(label), value);
		return this;
	}

	/** Types the text into an editable drop-down (as a client name is typed). */
	DialogPage typeCombo(String label, String value) {
		Combo c = combo(label);
		c.setFocus();
		c.setText(value);
		Typing.settle(shell.getDisplay());
		return this;
	}

	/** Picks the drop-down entry that starts with this text. */
	DialogPage choose(String label, String entryStart) {
		Combo c = combo(label);
		String[] items = c.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].startsWith(entryStart)) {
				c.select(i);
				c.notifyListeners(SWT.Selection, new Event());
				Typing.settle(shell.getDisplay());
				return this;
			}
		}
		throw new AssertionError("no entry '" + entryStart + "' in " + List.of(items));
	}

	String selected(String label) {
		Combo c = combo(label);
		return c.getSelectionIndex() < 0 ? c.getText() : c.getItem(c.getSelectionIndex());
	}

	/** Selects the radio button with this text (as a click does: the others in its group are deselected). */
	DialogPage radio(String text) {
		Button target = buttons(SWT.RADIO).stream().filter(b -> clean(b.getText()).equals(clean(text))).findFirst()
				.orElseThrow(() -> new AssertionError("no option '" + text + "' in " + describe()));
		if (!target.isEnabled()) {
			throw new AssertionError("option '" + text + "' is disabled in " + describe());
		}
		for (Button b : buttons(SWT.RADIO)) {
			if (b.getParent() == target.getParent() && b != target && b.getSelection()) {
				b.setSelection(false);
				b.notifyListeners(SWT.Selection, new Event());
			}
		}
		target.setSelection(true);
		target.notifyListeners(SWT.Selection, new Event());
		return this;
	}

	boolean isEnabled(String radioText) {
		return buttons(SWT.RADIO).stream().filter(b -> clean(b.getText()).equals(clean(radioText))).findFirst()
				.orElseThrow().isEnabled();
	}

	/** Presses the push button with this label; {@link DialogAnswerer#DEFAULT} presses the default button. */
	void press(String label) {
		Button button = DialogAnswerer.DEFAULT.equals(label) ? shell.getDefaultButton()
				: buttons(SWT.PUSH).stream().filter(b -> clean(b.getText()).equals(clean(label))).findFirst()
						.orElse(null);
		if (button == null) {
			shell.close();
		} else if (!button.isEnabled()) {
			shell.close();
			throw new AssertionError("button '" + label + "' is disabled in " + describe());
		} else {
			button.notifyListeners(SWT.Selection, new Event());
		}
	}

	/** Every label's text, in order: what the dialog says. */
	String describe() {
		StringBuilder text = new StringBuilder(shell.getText()).append(": ");
		DialogAnswerer.collect(shell, new ArrayList<>(), text);
		return text.toString().strip();
	}

	private List<Button> buttons(int style) {
		List<Button> found = new ArrayList<>();
		walk(shell, c -> {
			if (c instanceof Button b && (b.getStyle() & style) != 0) {
				found.add(b);
			}
		});
		return found;
	}

	private Control after(String label, Predicate<Control> kind) {
		List<Control> all = new ArrayList<>();
		walk(shell, all::add);
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i) instanceof Label l && clean(l.getText()).equals(clean(label))) {
				for (int j = i + 1; j < all.size(); j++) {
					if (kind.test(all.get(j))) {
						return all.get(j);
					}
				}
			}
		}
		throw new AssertionError("no field labelled '" + label + "' in " + describe());
	}

	private static void walk(Control c, java.util.function.Consumer<Control> visit) {
		Widgets.walk(c, visit);
	}

	/** Labels as a person reads them: without mnemonics (&), trailing colons or the ellipsis. */
	static String clean(String s) {
		return s.replaceAll("\\(&.\\)", "").replace("&", "").replaceAll("[:：…]+$", "").strip();
	}
}
