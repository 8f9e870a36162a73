package kansa.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import kansa.core.incident.Incident;
import kansa.ui.incidents.internal.Messages;

/**
 * 記事から新規事例 as the user sees it: the article page's fields, the wizard's buttons, then the draft's fields by
 * their labels, the 要確認 marks beside them, the article with its highlighted sources and the offered items.
 */
final class ArticleWizardPage {

	/** A highlighted stretch of the article: where a field was read. */
	record Source(int start, int end, String text) {
	}

	/** The draft's fields by the labels in front of them. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("id", Messages.Draft_id),
			Map.entry("organization", Messages.Draft_organization), Map.entry("industry", Messages.Draft_industry),
			Map.entry("announced", Messages.Draft_announced), Map.entry("discovered", Messages.Draft_discovered),
			Map.entry("records", Messages.Draft_records), Map.entry("persons", Messages.Draft_persons),
			Map.entry("dataTypes", Messages.Draft_dataTypes), Map.entry("cause", Messages.Draft_cause),
			Map.entry("route", Messages.Draft_route), Map.entry("narrative", Messages.Draft_narrative));

	private final Shell shell;
	private final DialogPage dialog;

	ArticleWizardPage(Shell shell) {
		this.shell = shell;
		this.dialog = new DialogPage(shell);
	}

	/** Pastes the article and types where it was read. */
	ArticleWizardPage fillArticle(String article, String url, String title, String published) {
		Text text = dialog.text(Messages.Article_text);
		text.setFocus();
		text.selectAll();
		Typing.commit(text, article); // a paste arrives in one piece
		dialog.type(Messages.Article_url, url).type(Messages.Article_sourceTitle, title)
				.type(Messages.Article_published, published);
		return this;
	}

	void next() {
		press(IDialogConstants.NEXT_LABEL);
	}

	void finish() {
		press(IDialogConstants.FINISH_LABEL);
	}

	void cancel() {
		press(IDialogConstants.CANCEL_LABEL);
	}

	private void press(String label) {
		Widgets.click(Widgets.button(shell, label));
	}

	/** Whether the draft page is the one showing (its article beside the form is visible). */
	boolean onDraftPage() {
		return !shell.isDisposed() && article().isVisible();
	}

	/** The line under the wizard's title: the page's description, or the error that stopped Finish. */
	String message() {
		return Widgets.first(shell, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0).getText().strip();
	}

	StyledText article() {
		return Widgets.first(shell, StyledText.class, t -> true);
	}

	/** The value of a draft field (a text or a drop-down) by its key: organization, records, cause, ... */
	String field(String key) {
		Control c = control(key);
		return c instanceof Combo combo ? combo.getText() : ((Text) c).getText();
	}

	/** Types a draft field's new value (select all, then type; a drop-down's text as typed into it). */
	ArticleWizardPage setField(String key, String value) {
		Control c = control(key);
		if (c instanceof Combo combo) {
			combo.setFocus();
			combo.setText(value);
			Typing.settle(shell.getDisplay());
		} else {
			Typing.replace((Text) c, value);
		}
		return this;
	}

	/** Clicks into a draft field: its sources in the article become the strong, bold ones. */
	ArticleWizardPage focus(String key) {
		Control c = control(key);
		c.setFocus();
		c.notifyListeners(SWT.FocusIn, new Event()); // what the window system sends when the click lands
		Typing.settle(shell.getDisplay());
		return this;
	}

	/** Whether the 要確認 mark stands beside the field. */
	boolean needsCheck(String key) {
		List<Control> all = new ArrayList<>();
		Widgets.walk(shell, all::add);
		int at = all.indexOf(control(key));
		return at + 1 < all.size() && all.get(at + 1) instanceof CLabel mark
				&& Messages.Draft_check.equals(mark.getText());
	}

	/** Where the focused field was read: the article's bold stretches. */
	List<Source> activeSources() {
		StyledText text = article();
		return Arrays.stream(text.getStyleRanges()).filter(r -> (r.fontStyle & SWT.BOLD) != 0)
				.map(r -> new Source(r.start, r.start + r.length, text.getText(r.start, r.start + r.length - 1)))
				.toList();
	}

	/** The sources of a field: focus it, then read the bold stretches. */
	List<Source> sources(String key) {
		return focus(key).activeSources();
	}

	/** The style at an offset of the article, or null where nothing is highlighted. */
	StyleRange styleAt(int offset) {
		return article().getStyleRangeAtOffset(offset);
	}

	private Control control(String key) {
		String label = LABELS.get(key);
		if (label == null) {
			throw new AssertionError("no draft field " + key);
		}
		List<Control> all = new ArrayList<>();
		Widgets.walk(shell, all::add);
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i) instanceof Label l && DialogPage.clean(l.getText()).equals(DialogPage.clean(label))) {
				for (int j = i + 1; j < all.size(); j++) {
					if (all.get(j) instanceof Text || all.get(j) instanceof Combo) {
						return all.get(j);
					}
				}
			}
		}
		throw new AssertionError("no field labelled " + label);
	}

	private Table items() {
		return Widgets.first(shell, Table.class, t -> (t.getStyle() & SWT.CHECK) != 0);
	}

	/** The checklist items offered for the cause, as listed. */
	List<String> suggestions() {
		return Arrays.stream(items().getItems()).filter(i -> i.getData() != null).map(TableItem::getText).toList();
	}

	/** Ticks an offered item's box; returns the item the row stands for. */
	Incident.MappedItem tickSuggestion(int index) {
		Table table = items();
		TableItem row = table.getItem(index);
		Widgets.tick(table, row, true);
		return (Incident.MappedItem) row.getData();
	}
}
