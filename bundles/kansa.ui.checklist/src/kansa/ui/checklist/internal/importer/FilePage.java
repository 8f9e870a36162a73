package kansa.ui.checklist.internal.importer;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import kansa.checklist.excel.ImportResult;
import kansa.checklist.excel.RowAccount;
import kansa.checklist.excel.SheetCandidate;
import kansa.ui.checklist.internal.Messages;

/**
 * Page 1: the workbook, the sheet when it has several, and the header row when detecting it fails or picks the
 * wrong row. The file is read in a Job as soon as it is chosen, and again on every change.
 */
public final class FilePage extends WizardPage {

	/** The rows of a worksheet in Excel 2007 and later. */
	private static final int EXCEL_ROWS = 1_048_576;

	private final ImportWizard wizard;
	private Text path;
	private Combo sheetCombo;
	private Spinner headerRow;
	private Button automatic;
	/** Set while the controls show the wizard's state, so that showing it does not start a read. */
	private boolean showing;
	private Label status;
	private ProgressBar progress;
	private String lastRead = "";

	FilePage(ImportWizard wizard) {
		super("file");
		this.wizard = wizard;
		setTitle(Messages.Import_filePageTitle);
		setMessage(Messages.Import_filePageMessage);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
		new Label(c, SWT.NONE).setText(Messages.Import_file);
		path = new Text(c, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(path);
		path.addSelectionListener(SelectionListener.widgetDefaultSelectedAdapter(e -> readTyped()));
		path.addListener(SWT.FocusOut, e -> readTyped());
		Button browse = new Button(c, SWT.PUSH);
		browse.setText(Messages.Import_browse);
		browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> browse()));

		new Label(c, SWT.NONE).setText(Messages.Import_sheet);
		sheetCombo = new Combo(c, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(sheetCombo);
		sheetCombo.setEnabled(false);
		sheetCombo.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> chooseSheet()));

		new Label(c, SWT.NONE).setText(Messages.Import_headerRow);
		Composite rowChoice = new Composite(c, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(rowChoice);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(rowChoice);
		headerRow = new Spinner(rowChoice, SWT.BORDER);
		headerRow.setValues(1, 1, EXCEL_ROWS, 0, 1, 10);
		GridDataFactory.swtDefaults().hint(80, SWT.DEFAULT).applyTo(headerRow);
		headerRow.addModifyListener(e -> chooseHeaderRow());
		automatic = new Button(rowChoice, SWT.CHECK);
		automatic.setText(Messages.Import_headerRowAuto);
		automatic.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> chooseHeaderRow()));
		showHeaderRow();

		status = new Label(c, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).indent(0, 12).hint(420, SWT.DEFAULT).applyTo(status);
		progress = new ProgressBar(c, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(progress);
		progress.setVisible(false);
		setControl(c);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.xlsx;*.xls", "*.*" });
		String chosen = dialog.open();
		if (chosen != null) {
			setFile(Path.of(chosen));
		}
	}

	private void readTyped() {
		String typed = path.getText().strip();
		if (typed.equals(lastRead)) {
			return;
		}
		if (typed.isEmpty()) {
			lastRead = typed;
			setErrorMessage(Messages.Import_noFile);
			setPageComplete(false);
			return;
		}
		try {
			setFile(Path.of(typed));
		} catch (InvalidPathException e) {
			lastRead = typed;
			setErrorMessage(NLS.bind(Messages.Import_notFound, typed));
			setPageComplete(false);
		}
	}

	/** Chooses the workbook, as Browse does, and reads it in the background. */
	public void setFile(Path file) {
		Path absolute = file.toAbsolutePath();
		lastRead = absolute.toString();
		if (!path.getText().equals(lastRead)) {
			path.setText(lastRead);
		}
		if (!Files.isRegularFile(absolute)) {
			wizard.choose(absolute, null);
			setErrorMessage(NLS.bind(Messages.Import_notFound, absolute));
			showSheets();
			showHeaderRow();
			setPageComplete(false);
			return;
		}
		wizard.choose(absolute, null);
		read(true);
	}

	private void chooseSheet() {
		int k = sheetCombo.getSelectionIndex();
		if (k >= 0 && wizard.file() != null) {
			wizard.choose(wizard.file(), wizard.sheets().get(k));
			read(false);
		}
	}

	private void chooseHeaderRow() {
		if (showing || wizard.file() == null) {
			return;
		}
		Integer row = automatic.getSelection() ? null : headerRow.getSelection();
		headerRow.setEnabled(row != null);
		if (!Objects.equals(row, wizard.headerRow())) {
			setPageComplete(false);
			wizard.setHeaderRow(row);
		}
	}

	/** Automatic shows the row the importer found; a row given stays as typed. */
	private void showHeaderRow() {
		showing = true;
		try {
			Integer given = wizard.headerRow();
			ImportResult r = wizard.result();
			automatic.setSelection(given == null);
			automatic.setEnabled(wizard.file() != null);
			headerRow.setEnabled(given != null);
			if (given != null) {
				if (headerRow.getSelection() != given) {
					headerRow.setSelection(given);
				}
			} else if (r != null && r.mapping().headerRow() >= 0) {
				headerRow.setSelection(r.mapping().headerRow() + 1);
			}
		} finally {
			showing = false;
		}
	}

	private void read(boolean listSheets) {
		setPageComplete(false);
		wizard.read(listSheets);
	}

	/** A read has started: show it is under way. */
	void reading() {
		if (status != null) {
			setErrorMessage(null);
			status.setText(NLS.bind(Messages.Import_reading, wizard.file().getFileName()));
			progress.setVisible(true);
		}
	}

	/** A read ended: its sheets, counts or the importer's message. */
	void refresh() {
		if (status == null || status.isDisposed()) {
			return;
		}
		progress.setVisible(false);
		showSheets();
		showHeaderRow();
		ImportResult r = wizard.result();
		status.setText(r == null ? "" : summary(r));
		status.getParent().layout(true, true);
		setErrorMessage(wizard.error());
		setPageComplete(r != null);
	}

	private void showSheets() {
		sheetCombo.setItems(wizard.sheets().toArray(String[]::new));
		String current = wizard.result() != null ? wizard.result().sheet() : wizard.sheet();
		int k = current == null ? -1 : wizard.sheets().indexOf(current);
		if (k >= 0) {
			sheetCombo.select(k);
		}
		sheetCombo.setEnabled(wizard.sheets().size() > 1);
		sheetCombo.getParent().layout(true, true);
	}

	static String summary(ImportResult r) {
		long sections = r.checklist().sections().stream().mapToLong(s -> s.allSections().count()).sum();
		int header = r.mapping().headerRow();
		String read = header < 0 ? NLS.bind(Messages.Import_readNoHeader, new Object[] { r.sheet(), sections,
				r.checklist().itemCount() })
				: NLS.bind(Messages.Import_read, new Object[] { r.sheet(), sections, r.checklist().itemCount(),
						header + 1 });
		RowAccount rows = r.rows();
		read += "\n" + NLS.bind(Messages.Import_rows, new Object[] { rows.items(), rows.continued(), rows.sections(),
				rows.repeatedHeaders(), rows.skipped().size() });
		if (!r.alternatives().isEmpty()) {
			read += "\n" + NLS.bind(Messages.Import_alternatives, String.join(", ",
					r.alternatives().stream().map(SheetCandidate::sheet).toList()));
		}
		return read;
	}
}
