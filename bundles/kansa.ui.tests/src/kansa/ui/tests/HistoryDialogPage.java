package kansa.ui.tests;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;

import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.history.DiffRows;

/**
 * 履歴と差分 as the user sees it: the versions table on top, the summary line and the diff tree below, found in
 * the dialog's widgets.
 */
final class HistoryDialogPage {

	private final Shell shell;

	HistoryDialogPage(Shell shell) {
		this.shell = shell;
	}

	private Table versions() {
		return Widgets.first(shell, Table.class, t -> true);
	}

	private Tree diff() {
		return Widgets.first(shell, Tree.class, t -> true);
	}

	/** The line above the diff tree: 読み込み中…, then what the comparison found. */
	String summary() {
		return Widgets.first(diff().getParent().getParent(), Label.class, l -> true).getText();
	}

	/** True once the kept versions are listed (the summary no longer says it is reading them). */
	boolean isLoaded() {
		return !Messages.History_loading.equals(summary());
	}

	/** The version column, top to bottom: the editor's content first, then the kept versions newest first. */
	List<String> versionLabels() {
		return Arrays.stream(versions().getItems()).map(i -> i.getText(0)).toList();
	}

	/** Selects rows of the versions table, as a click (with Ctrl for the second) does. */
	HistoryDialogPage select(int... rows) {
		Table t = versions();
		t.setSelection(rows);
		Event e = new Event();
		e.item = t.getItem(rows[0]);
		t.notifyListeners(SWT.Selection, e);
		Typing.settle(t.getDisplay());
		return this;
	}

	/** The diff tree's top lines (each line holds the row it shows). */
	List<DiffRows.Row> rows() {
		return Arrays.stream(diff().getItems()).map(i -> (DiffRows.Row) i.getData()).toList();
	}
}
