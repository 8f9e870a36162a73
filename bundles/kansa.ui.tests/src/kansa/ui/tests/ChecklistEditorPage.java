package kansa.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;

import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.ui.checklist.internal.Messages;

/**
 * The checklist editor as the user sees it: the tree of sections and items (番号, 項目), its keys (Insert, Delete)
 * and its context menu, found in the editor's widgets.
 */
final class ChecklistEditorPage {

	private final Tree tree;

	ChecklistEditorPage(IEditorPart editor) {
		tree = Widgets.first(Widgets.of(editor), Tree.class, t -> t.getColumnCount() == 2);
	}

	Tree tree() {
		return tree;
	}

	/** Clicks the row of this item or section. */
	ChecklistEditorPage select(String id) {
		TreeItem row = row(id);
		tree.setSelection(row);
		Event e = new Event();
		e.item = row;
		tree.notifyListeners(SWT.Selection, e);
		Typing.settle(tree.getDisplay());
		return this;
	}

	/** Retitles a row in place: a double-click on its 項目 cell, the title typed, Enter. */
	ChecklistEditorPage rename(String id, String title) {
		select(id);
		Rectangle cell = row(id).getBounds(1);
		Event click = new Event();
		click.button = 1;
		click.count = 2;
		click.x = cell.x + Math.min(10, cell.width / 2);
		click.y = cell.y + cell.height / 2;
		tree.notifyListeners(SWT.MouseDoubleClick, click);
		Typing.settle(tree.getDisplay());
		List<Text> open = texts();
		if (open.isEmpty()) {
			throw new AssertionError("no title editor opened on " + id);
		}
		Text editor = open.get(0);
		Typing.replace(editor, title);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		Typing.settle(tree.getDisplay());
		return this;
	}

	/** The 項目 column of a row. */
	String title(String id) {
		return row(id).getText(1);
	}

	/** Insert on the tree: a new item after the selection; its title editor opens, which Escape closes. */
	ChecklistEditorPage addItem() {
		key(SWT.INSERT);
		return cancelEditing();
	}

	/** Delete on the tree. */
	ChecklistEditorPage deleteSelected() {
		return key(SWT.DEL);
	}

	/** セクションを追加 from the tree's context menu; its title editor opens, which Escape closes. */
	ChecklistEditorPage addSection() {
		menu(Messages.Structure_addSection);
		return cancelEditing();
	}

	/** 新しい版として保存 from the tree's context menu: its dialog opens (and blocks until answered). */
	ChecklistEditorPage saveAsNewVersion() {
		return menu(Messages.Version_save);
	}

		/** 番号を振り直す from the tree's context menu. */
	ChecklistEditorPage renumber() {
		return menu(Messages.Structure_renumber);
	}

	private ChecklistEditorPage key(int keyCode) {
		tree.setFocus();
		Event e = new Event();
		e.keyCode = keyCode;
		e.doit = true;
		tree.notifyListeners(SWT.KeyDown, e);
		Typing.settle(tree.getDisplay());
		return this;
	}

	private ChecklistEditorPage menu(String label) {
		Menu menu = tree.getMenu();
		menu.notifyListeners(SWT.Show, new Event()); // filled when shown
		MenuItem item = Arrays.stream(menu.getItems())
				.filter(i -> DialogPage.clean(i.getText()).equals(DialogPage.clean(label))).findFirst()
				.orElseThrow(() -> new AssertionError("no menu item " + label));
		menu.notifyListeners(SWT.Hide, new Event());
		item.notifyListeners(SWT.Selection, new Event());
		Typing.settle(tree.getDisplay());
		return this;
	}

	/** Escape in the in-place title editor, when one is open. */
	private ChecklistEditorPage cancelEditing() {
		for (Text editor : texts()) {
			Event e = new Event();
			e.character = SWT.ESC;
			e.keyCode = SWT.ESC;
			e.doit = true;
			editor.notifyListeners(SWT.KeyDown, e);
		}
		Typing.settle(tree.getDisplay());
		return this;
	}

	private List<Text> texts() {
		List<Text> open = new ArrayList<>();
		Widgets.walk(tree, c -> {
			if (c instanceof Text t && t.isVisible()) {
				open.add(t);
			}
		});
		return open;
	}

	/** The sections shown at the top of the tree, in order. */
	List<Section> sections() {
		return Arrays.stream(tree.getItems()).map(i -> (Section) i.getData()).toList();
	}

	/** The items shown directly under the section with this id. */
	List<ChecklistItem> items(String sectionId) {
		return Arrays.stream(row(sectionId).getItems()).map(TreeItem::getData)
				.filter(ChecklistItem.class::isInstance).map(ChecklistItem.class::cast).toList();
	}

	/** Whether a row shows the item or section with this id. */
	boolean shows(String id) {
		return find(tree.getItems(), id) != null;
	}

	/** Every row's 番号 and 項目, depth first: what the tree shows. */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		collect(tree.getItems(), lines);
		return lines;
	}

	private static void collect(TreeItem[] items, List<String> into) {
		for (TreeItem item : items) {
			if (item.getData() != null) {
				into.add(item.getText(0) + " " + item.getText(1));
				collect(item.getItems(), into);
			}
		}
	}

	private TreeItem row(String id) {
		TreeItem row = find(tree.getItems(), id);
		if (row == null) {
			throw new AssertionError("no row " + id + " in " + lines());
		}
		return row;
	}

	private static TreeItem find(TreeItem[] items, String id) {
		for (TreeItem item : items) {
			Object data = item.getData();
			if (data instanceof ChecklistItem i && i.id().equals(id) || data instanceof Section s && s.id().equals(id)) {
				return item;
			}
			TreeItem below = find(item.getItems(), id);
			if (below != null) {
				return below;
			}
		}
		return null;
	}
}
