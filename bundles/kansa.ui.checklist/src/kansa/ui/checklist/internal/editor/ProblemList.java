package kansa.ui.checklist.internal.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import kansa.checklist.Problem;
import kansa.ui.checklist.internal.Messages;

/** What {@code ChecklistValidator} finds, listed under the tree; a double-click shows the item concerned. */
final class ProblemList {

	private final Composite control;
	private final Label heading;
	private final TableViewer viewer;
	private List<Problem> problems = List.of();

	ProblemList(Composite parent, Consumer<String> reveal) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(control);
		heading = new Label(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		Composite holder = new Composite(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		columns.setColumnData(column(Messages.Problems_severity, p -> severity((Problem) p)), new ColumnPixelData(70));
		columns.setColumnData(column(Messages.Problems_where, p -> ((Problem) p).where()), new ColumnPixelData(130));
		columns.setColumnData(column(Messages.Problems_message, p -> ((Problem) p).message()), new ColumnWeightData(1));
		viewer.addOpenListener(e -> {
			if (((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof Problem p && !p.where().isBlank()) {
				reveal.accept(p.where().split(" ")[0]);
			}
		});
	}

	private org.eclipse.swt.widgets.TableColumn column(String header, java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		return column.getColumn();
	}

	private static String severity(Problem p) {
		return switch (p.severity()) {
			case ERROR -> Messages.Severity_error;
			case WARNING -> Messages.Severity_warning;
			case INFO -> Messages.Severity_info;
		};
	}

	void show(List<Problem> found) {
		problems = List.copyOf(found);
		if (control.isDisposed()) {
			return;
		}
		heading.setText(problems.isEmpty() ? Messages.Problems_none
				: NLS.bind(Messages.Problems_heading, problems.size()));
		viewer.setInput(problems);
	}

	List<Problem> problems() {
		return problems;
	}

	Composite control() {
		return control;
	}
}
