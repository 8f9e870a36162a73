package kansa.ui.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;

/** The workspace navigator as the user sees it: its tree's lines, expanded as a click on a twisty does. */
final class NavigatorPage {

	private final Tree tree;

	NavigatorPage(IViewPart navigator) {
		tree = Widgets.first(Widgets.of(navigator), Tree.class, t -> true);
	}

	/** The text of every line shown (children of expanded lines only). */
	List<String> lines() {
		List<String> all = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(item, all);
		}
		return all;
	}

	private static void collect(TreeItem item, List<String> into) {
		into.add(item.getText());
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				collect(child, into);
			}
		}
	}

	/** Expands the lines down to this depth, each as a click on its twisty (the Expand event, then open). */
	NavigatorPage expand(int levels) {
		expand(tree.getItems(), levels);
		return this;
	}

	private void expand(TreeItem[] items, int levels) {
		if (levels == 0) {
			return;
		}
		for (TreeItem item : items) {
			if (item.getItemCount() > 0 && !item.getExpanded()) {
				Event e = new Event();
				e.item = item;
				tree.notifyListeners(SWT.Expand, e); // the viewer creates the children here
				item.setExpanded(true);
				Typing.settle(tree.getDisplay());
			}
			expand(item.getItems(), levels - 1);
		}
	}

	/** The text of the top-level lines, in their order. */
	List<String> roots() {
		return Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
	}

	/** Selects the line as a click on it does. */
	void select(TreeItem item) {
		tree.setSelection(item);
		Event e = new Event();
		e.item = item;
		tree.notifyListeners(SWT.Selection, e);
		Typing.settle(tree.getDisplay());
	}

	/** Opens the line as a double-click (or Enter) on it does. */
	void open(TreeItem item) {
		Event e = new Event();
		e.item = item;
		tree.notifyListeners(SWT.DefaultSelection, e);
		Typing.settle(tree.getDisplay());
	}

	/** The first shown line whose text passes the test. */
	TreeItem line(Predicate<String> text) {
		ArrayDeque<TreeItem> todo = new ArrayDeque<>(List.of(tree.getItems()));
		while (!todo.isEmpty()) {
			TreeItem item = todo.pop();
			if (text.test(item.getText())) {
				return item;
			}
			todo.addAll(List.of(item.getItems()));
		}
		throw new AssertionError("no such line in " + lines());
	}

	/** The tooltip that hovering the mouse over the line shows. */
	String toolTip(TreeItem item) {
		tree.showItem(item);
		Set<Shell> before = new HashSet<>(Arrays.asList(tree.getDisplay().getShells()));
		Rectangle r = item.getBounds();
		Event hover = new Event();
		hover.x = r.x + Math.min(r.width / 2, 20);
		hover.y = r.y + r.height / 2;
		tree.notifyListeners(SWT.MouseHover, hover);
		Shell[] tip = new Shell[1];
		UiWait.until(() -> (tip[0] = Arrays.stream(tree.getDisplay().getShells())
				.filter(s -> !before.contains(s) && !s.isDisposed()).findFirst().orElse(null)) != null,
				() -> "a tooltip over " + item.getText());
		StringBuilder text = new StringBuilder();
		Widgets.walk(tip[0], c -> {
			if (c instanceof CLabel l && l.getText() != null) {
				text.append(l.getText());
			} else if (c instanceof Label l) {
				text.append(l.getText());
			}
		});
		Event exit = new Event();
		tree.notifyListeners(SWT.MouseExit, exit);
		Typing.settle(tree.getDisplay());
		return text.toString();
	}
}
