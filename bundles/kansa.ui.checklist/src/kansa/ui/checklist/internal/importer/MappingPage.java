package kansa.ui.checklist.internal.importer;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import kansa.checklist.Problem;
import kansa.checklist.excel.ColumnField;
import kansa.checklist.excel.ColumnMapping;
import kansa.checklist.excel.ImportResult;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.TableColumns;
import kansa.ui.checklist.internal.editor.ProblemList;

/**
 * Page 2: the importer's proposed column mapping, which the user can change column by column, the first rows as
 * they would be imported with it, and what the importer asks the user to check (named by Sheet!Cell).
 */
public final class MappingPage extends WizardPage {

	static final int PREVIEW_ROWS = 20;

	private final ImportWizard wizard;
	private TableViewer mapping;
	private Label previewHeading;
	private TableViewer preview;
	private ProblemList problems;
	private PreviewRows rows = new PreviewRows(List.of(), 0);

	MappingPage(ImportWizard wizard) {
		super("mapping");
		this.wizard = wizard;
		setTitle(Messages.Import_mappingPageTitle);
		setMessage(Messages.Import_mappingPageMessage);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		mapping = table(sash);
		TableColumns.add(mapping, Messages.Import_column, ColumnMapping.Column.class, ColumnMapping.Column::letter,
				new ColumnPixelData(50));
		TableColumns.add(mapping, Messages.Import_header, ColumnMapping.Column.class, ColumnMapping.Column::header,
				new ColumnWeightData(2, 160));
		TableViewerColumn field = TableColumns.add(mapping, Messages.Import_field, ColumnMapping.Column.class,
				c -> FieldLabels.of(c.field()), new ColumnWeightData(2, 200));
		field.setEditingSupport(new FieldEditing(mapping));

		Composite previewBox = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(previewBox);
		previewHeading = new Label(previewBox, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(previewHeading);
		preview = table(previewBox);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(preview.getControl().getParent());
		previewColumn(Messages.Import_section, PreviewRows.Row::section, 2);
		previewColumn(Messages.Import_number, PreviewRows.Row::number, 1);
		previewColumn(Messages.Import_itemTitle, PreviewRows.Row::title, 2);
		previewColumn(Messages.Import_question, PreviewRows.Row::question, 4);
		previewColumn(Messages.Import_how, PreviewRows.Row::howToCheck, 3);
		previewColumn(Messages.Import_evidence, PreviewRows.Row::evidence, 2);
		previewColumn(Messages.Import_extras, PreviewRows.Row::extras, 2);

		problems = new ProblemList(sash, where -> {
			// cells of the sheet cannot be shown here; the list names them for the user to look up in Excel
		});
		sash.setWeights(4, 4, 2);
		setControl(sash);
		refresh();
	}

	private static TableViewer table(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TableColumnLayout());
		TableViewer viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL
				| SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private void previewColumn(String header, Function<PreviewRows.Row, String> text, int weight) {
		TableColumns.add(preview, header, PreviewRows.Row.class, text, new ColumnWeightData(weight, 60));
	}

	/** The combo of fields in the 取り込み先 column. */
	private final class FieldEditing extends EditingSupport {
		private final ComboBoxCellEditor editor;

		FieldEditing(TableViewer viewer) {
			super(viewer);
			editor = new ComboBoxCellEditor(viewer.getTable(), FieldLabels.all(), SWT.READ_ONLY);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return !wizard.isReading();
		}

		@Override
		protected Object getValue(Object element) {
			return ((ColumnMapping.Column) element).field().ordinal();
		}

		@Override
		protected void setValue(Object element, Object value) {
			int k = (Integer) value;
			ColumnMapping.Column c = (ColumnMapping.Column) element;
			if (k >= 0 && ColumnField.values()[k] != c.field()) {
				setField(c.index(), ColumnField.values()[k]);
			}
		}
	}

	/** Maps a column (0-based) to a field, as the combo does, and reads the sheet again with it. */
	public void setField(int columnIndex, ColumnField field) {
		wizard.setField(columnIndex, field);
		mapping.setInput(wizard.columns());
		wizard.read(false);
	}

	/** A read has started: the preview waits for it. */
	void reading() {
		setPageComplete(false);
	}

	/** Shows the outcome of the last read. */
	void refresh() {
		if (mapping == null || mapping.getControl().isDisposed()) {
			return;
		}
		mapping.setInput(wizard.columns());
		ImportResult r = wizard.result();
		rows = r == null ? new PreviewRows(List.of(), 0)
				: PreviewRows.of(r.checklist(), Messages.contentLocale(), PREVIEW_ROWS);
		preview.setInput(rows.rows());
		previewHeading.setText(NLS.bind(Messages.Import_preview, rows.rows().size(), rows.total()));
		problems.show(r == null ? List.<Problem>of() : r.problems());
		setErrorMessage(wizard.error());
		setPageComplete(r != null);
	}
}
