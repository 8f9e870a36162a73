package kansa.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;

import kansa.core.checklist.ChecklistItem;
import kansa.ui.audit.internal.Messages;

/**
 * The open audit editor as the user sees it: its two pages (チェック項目, 概要), the item list driven by keys, the
 * 所見 box and the 概要 form, all found on the screen by what they show. Tests talk to this, not to the editor's
 * classes, so the editor needs no methods for tests.
 */
final class AuditEditorPage {

	/** The widget data the 概要 form puts on each field: which part of the overview it edits. */
	private static final String FIELD_KEY = "kansa.overview.field";

	private final CTabFolder pages;

	/** The editor whose page tabs are showing in the window (the active audit editor). */
	AuditEditorPage(Shell window) {
		pages = tabs(window);
	}

	/** This editor's screen. */
	AuditEditorPage(IEditorPart editor) {
		pages = tabs(Widgets.of(editor));
	}

	private static CTabFolder tabs(Control root) {
		return find(root, CTabFolder.class, f -> f.isVisible() && f.getItemCount() == 2
				&& Messages.Page_items.equals(f.getItem(0).getText())).get(0);
	}

	AuditEditorPage showItems() {
		return show(0);
	}

	AuditEditorPage showOverview() {
		return show(1);
	}

	private AuditEditorPage show(int index) {
		CTabItem item = pages.getItem(index);
		pages.setSelection(item);
		Event e = new Event();
		e.item = item;
		pages.notifyListeners(SWT.Selection, e);
		Typing.settle(pages.getDisplay());
		return this;
	}

	Table items() {
		return find(pages.getItem(0).getControl(), Table.class, t -> true).get(0);
	}

	/** Presses a key on the item list (1–5 and 0 judge, N goes to the next unanswered item). */
	AuditEditorPage press(char key) {
		Typing.key(items(), key);
		return this;
	}

	/** The checklist item of the selected row (each row holds its item). */
	ChecklistItem selectedItem() {
		Table t = items();
		return t.getSelectionCount() == 0 ? null : (ChecklistItem) t.getSelection()[0].getData();
	}

	/** Picks 未回答 in the 判定 filter above the list, as the drop-down does. */
	AuditEditorPage showOnlyUnanswered() {
		Combo filter = find(pages.getItem(0).getControl(), Combo.class,
				c -> List.of(c.getItems()).contains(Messages.Header_unanswered)).get(0);
		filter.select(List.of(filter.getItems()).indexOf(Messages.Header_unanswered));
		filter.notifyListeners(SWT.Selection, new Event());
		Typing.settle(filter.getDisplay());
		return this;
	}

	/** The number shown in the list's first column for the selected row. */
	String selectedNumber() {
		Table t = items();
		return t.getSelectionCount() == 0 ? null : t.getSelection()[0].getText(0);
	}

	/** The 所見 box: the editable multi-line field of the item page. */
	Text notes() {
		return find(pages.getItem(0).getControl(), Text.class,
				t -> (t.getStyle() & SWT.MULTI) != 0 && (t.getStyle() & SWT.READ_ONLY) == 0).get(0);
	}

	/** Types into the 所見 box at its end, character by character. */
	AuditEditorPage typeNotes(String text) {
		Text box = notes();
		box.setFocus();
		box.setSelection(box.getCharCount());
		Typing.type(box, text);
		return this;
	}

	/** A field of the 概要 form by the part it edits: title, client, sites, objective, scope, criteria, ... */
	Text field(String key) {
		return find(pages.getItem(1).getControl(), Text.class, t -> key.equals(t.getData(FIELD_KEY))).get(0);
	}

	/** Replaces a 概要 field's text by typing it (select all, then type). */
	AuditEditorPage typeField(String key, String text) {
		Typing.replace(field(key), text);
		return this;
	}

	/** Types at the end of a 概要 field. */
	AuditEditorPage appendToField(String key, String text) {
		Text f = field(key);
		f.setFocus();
		f.setSelection(f.getCharCount());
		Typing.type(f, text);
		return this;
	}

	/** Presses a push button of the 概要 page by its label. */
	void pressOverviewButton(String label) {
		Button b = find(pages.getItem(1).getControl(), Button.class,
				x -> DialogPage.clean(x.getText()).equals(DialogPage.clean(label))).get(0);
		b.notifyListeners(SWT.Selection, new Event());
		Typing.settle(b.getDisplay());
	}

	/** Every label's text on the 概要 page, e.g. the status and the problem line. */
	List<String> overviewLabels() {
		List<String> texts = new ArrayList<>();
		for (Label l : find(pages.getItem(1).getControl(), Label.class, l -> l.isVisible())) {
			texts.add(l.getText());
		}
		return texts;
	}

	private static <T extends Control> List<T> find(Control root, Class<T> type, java.util.function.Predicate<T> test) {
		return Widgets.find(root, type, test);
	}
}
