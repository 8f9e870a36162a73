package kansa.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import kansa.checklist.Problem;
import kansa.checklist.excel.ColumnField;
import kansa.checklist.excel.ColumnMapping;
import kansa.ui.checklist.internal.Messages;

/**
 * Excel から取り込む as the user sees it: the file page (path, sheet, header row, status line, the progress bar
 * while reading), the mapping page's tables and the name page's fields, and the wizard's buttons.
 */
final class ImportWizardPage {

	private final Shell shell;
	private final DialogPage dialog;

	ImportWizardPage(Shell shell) {
		this.shell = shell;
		this.dialog = new DialogPage(shell);
	}

	/** Types the workbook's path and presses Enter: it is read in the background. */
	ImportWizardPage setFile(Path file) {
		Text path = dialog.text(Messages.Import_file);
		path.setFocus();
		path.setText(file.toString()); // a path pasted in
		path.notifyListeners(SWT.DefaultSelection, new Event());
		Typing.settle(shell.getDisplay());
		return this;
	}

	/** Whether the workbook is being read (the progress bar under the status line shows). */
	boolean isReading() {
		return Widgets.find(shell, ProgressBar.class, p -> true).stream().anyMatch(ProgressBar::getVisible);
	}

	/** Waits for the background read to end. */
	ImportWizardPage waitForRead() {
		UiWait.settle(50);
		UiWait.until(() -> !isReading(), () -> "the workbook read in the background");
		UiWait.settle(50);
		return this;
	}

	private Combo sheets() {
		return dialog.combo(Messages.Import_sheet);
	}

	List<String> sheetItems() {
		return List.of(sheets().getItems());
	}

	/** Picks a sheet in the drop-down. */
	ImportWizardPage selectSheet(String name) {
		Combo c = sheets();
		c.select(List.of(c.getItems()).indexOf(name));
		c.notifyListeners(SWT.Selection, new Event());
		Typing.settle(shell.getDisplay());
		return this;
	}

	/**
	 * Sets the spinner to this row (1-based) and unticks 自動, which reads the sheet again. The event loop is not
	 * run afterwards, so the caller sees the read under way.
	 */
	ImportWizardPage setHeaderRow(int row) {
		Button automatic = Widgets.first(shell, Button.class, b -> (b.getStyle() & SWT.CHECK) != 0
				&& DialogPage.clean(b.getText()).equals(DialogPage.clean(Messages.Import_headerRowAuto)));
		Spinner spinner = Widgets.first(automatic.getParent(), Spinner.class, s -> true);
		spinner.setSelection(row);
		automatic.setSelection(false);
		automatic.notifyListeners(SWT.Selection, new Event());
		return this;
	}

	/** The header row the spinner shows (the detected one while 自動 is ticked). */
	int headerRow() {
		return Widgets.first(shell, Spinner.class, s -> true).getSelection();
	}

	/** The status line under the file page's fields. */
	String status() {
		return Widgets.first(dialog.combo(Messages.Import_sheet).getParent(), org.eclipse.swt.widgets.Label.class,
				l -> (l.getStyle() & SWT.WRAP) != 0).getText();
	}

	/** The line under the wizard's title: the page's description or its error. */
	String message() {
		return Widgets.first(shell, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0).getText().strip();
	}

	void next() {
		Widgets.click(Widgets.button(shell, IDialogConstants.NEXT_LABEL));
	}

	boolean canFinish() {
		return Widgets.button(shell, IDialogConstants.FINISH_LABEL).isEnabled();
	}

	void finish() {
		Widgets.click(Widgets.button(shell, IDialogConstants.FINISH_LABEL));
	}

	private Table table(String firstHeader) {
		return Widgets.first(shell, Table.class,
				t -> t.getColumnCount() > 0 && t.getColumn(0).getText().equals(firstHeader));
	}

	/** The mapping table's rows (列, 見出し, 取り込み先), each holding its column. */
	List<ColumnMapping.Column> columns() {
		return Arrays.stream(table(Messages.Import_column).getItems())
				.map(i -> (ColumnMapping.Column) i.getData()).toList();
	}

	/** The preview's rows as shown: section, No., item, question, how to check, evidence, extras. */
	List<List<String>> previewRows() {
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table(Messages.Import_section).getItems()) {
			List<String> cells = new ArrayList<>();
			for (int k = 0; k < 7; k++) {
				cells.add(item.getText(k));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The importer's notes as listed under the preview. */
	List<Problem> problems() {
		return Arrays.stream(table(Messages.Problems_severity).getItems()).map(i -> (Problem) i.getData()).toList();
	}

	/** Chooses the field of a column in the 取り込み先 cell's drop-down: a click on the cell, a pick, Enter. */
	ImportWizardPage setField(int column, ColumnField field) {
		Table mapping = table(Messages.Import_column);
		TableItem row = mapping.getItem(column);
		mapping.setSelection(row);
		Rectangle cell = row.getBounds(2);
		Event click = new Event();
		click.button = 1;
		click.x = cell.x + cell.width / 2;
		click.y = cell.y + cell.height / 2;
		mapping.notifyListeners(SWT.MouseDown, click);
		Typing.settle(shell.getDisplay());
		CCombo choice = Widgets.first(mapping, CCombo.class, CCombo::isVisible);
		choice.select(field.ordinal());
		choice.notifyListeners(SWT.DefaultSelection, new Event());
		Typing.settle(shell.getDisplay());
		return this;
	}

	/** Types the name page's ID, title and version. */
	ImportWizardPage name(String id, String title, String version) {
		dialog.type(Messages.Import_id, id).type(Messages.Import_checklistTitle, title).type(Messages.Import_version,
				version);
		return this;
	}

	String standard() {
		return dialog.text(Messages.Import_standard).getText();
	}

	ImportWizardPage setStandard(String standard) {
		dialog.type(Messages.Import_standard, standard);
		return this;
	}
}
