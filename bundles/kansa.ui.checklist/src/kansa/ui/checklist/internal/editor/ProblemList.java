package kansa.ui.checklist.internal.editor;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import kansa.checklist.Problem;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.TableColumns;

/** Problems of a checklist (the validator's or the importer's) as a table; a double-click shows the item concerned. */
public final class ProblemList {

	private final Composite control;
	private final Label heading;
	private final TableViewer viewer;
	private List<Problem> problems = List.of();

	public ProblemList(Composite parent, Consumer<String> reveal) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(control);
		heading = new Label(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		Composite holder = new Composite(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		holder.setLayout(new TableColumnLayout());
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.add(viewer, Messages.Problems_severity, Problem.class, ProblemList::severity, new ColumnPixelData(70));
		TableColumns.add(viewer, Messages.Problems_where, Problem.class, Problem::where, new ColumnPixelData(130));
		TableColumns.add(viewer, Messages.Problems_message, Problem.class, Problem::message, new ColumnWeightData(1));
		viewer.addOpenListener(e -> {
			if (((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof Problem p && !p.where().isBlank()) {
				reveal.accept(p.where().split(" ")[0]);
			}
		});
	}

	private static String severity(Problem p) {
		return switch (p.severity()) {
			case ERROR -> Messages.Severity_error;
			case WARNING -> Messages.Severity_warning;
			case INFO -> Messages.Severity_info;
		};
	}

	public void show(List<Problem> found) {
		problems = List.copyOf(found);
		if (control.isDisposed()) {
			return;
		}
		heading.setText(problems.isEmpty() ? Messages.Problems_none
				: NLS.bind(Messages.Problems_heading, problems.size()));
		viewer.setInput(problems);
	}

	Composite control() {
		return control;
	}
}
