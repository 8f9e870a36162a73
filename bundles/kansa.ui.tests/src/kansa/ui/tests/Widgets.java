package kansa.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Finds widgets the way the platform's own UI tests do: by walking the SWT tree from a part's control or a shell,
 * by type, by what they show and by their place, so the product needs no accessors for tests.
 */
final class Widgets {

	private Widgets() {
	}

	/** The composite a part draws in (the e4 model's widget of the part). */
	static Composite of(IWorkbenchPart part) {
		MPart model = part.getSite().getService(MPart.class);
		if (model == null || !(model.getWidget() instanceof Composite c)) {
			throw new AssertionError("no control for the part " + part.getTitle());
		}
		return c;
	}

	/** Every control of this type under root (root included), in tree order, that passes the test; at least one. */
	static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<T> test) {
		List<T> found = new ArrayList<>();
		walk(root, c -> {
			if (type.isInstance(c) && test.test(type.cast(c))) {
				found.add(type.cast(c));
			}
		});
		if (found.isEmpty()) {
			throw new AssertionError("no " + type.getSimpleName() + " found on the screen");
		}
		return found;
	}

	/** The only (or first) control of this type under root that passes the test. */
	static <T extends Control> T first(Control root, Class<T> type, Predicate<T> test) {
		return find(root, type, test).get(0);
	}

	static void walk(Control c, Consumer<Control> visit) {
		visit.accept(c);
		if (c instanceof Composite comp) {
			for (Control child : comp.getChildren()) {
				walk(child, visit);
			}
		}
	}

	/** The push button with this label (mnemonics and colons ignored) under root. */
	static Button button(Control root, String label) {
		return first(root, Button.class,
				b -> (b.getStyle() & SWT.PUSH) != 0 && DialogPage.clean(b.getText()).equals(DialogPage.clean(label)));
	}

	/** A click on a button, as the user's mouse gives it: the Selection event, then the queued work run. */
	static void click(Button button) {
		if (!button.isEnabled()) {
			throw new AssertionError("button '" + button.getText() + "' is disabled");
		}
		Display display = button.getDisplay(); // the button may be gone after the click (Finish, Cancel)
		button.notifyListeners(SWT.Selection, new Event());
		Typing.settle(display);
	}

	/** A click on the check box of a tree or table row: the row's box toggled and the Selection event of a check. */
	static void tick(Control owner, Widget row, boolean checked) {
		if (row instanceof org.eclipse.swt.widgets.TreeItem t) {
			t.setChecked(checked);
		} else {
			((org.eclipse.swt.widgets.TableItem) row).setChecked(checked);
		}
		Event e = new Event();
		e.item = row;
		e.detail = SWT.CHECK;
		owner.notifyListeners(SWT.Selection, e);
		Typing.settle(owner.getDisplay());
	}
}
