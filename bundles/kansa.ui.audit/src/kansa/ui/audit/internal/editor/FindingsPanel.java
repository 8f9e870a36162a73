package kansa.ui.audit.internal.editor;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.Finding;
import kansa.core.audit.FindingGrade;
import kansa.ui.audit.internal.Messages;

/** The selected item's findings, each with its corrective-action request, and the buttons to add and follow up. */
final class FindingsPanel {

	private final Composite panel;
	private final TableViewer viewer;
	private final Button add;
	private final Button action;

	FindingsPanel(Composite parent, Locale locale, Runnable onAdd, Consumer<Finding> onAction) {
		panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(panel);
		add = new Button(panel, SWT.PUSH);
		add.setText(Messages.Findings_add);
		action = new Button(panel, SWT.PUSH);
		action.setText(Messages.Findings_action);
		GridDataFactory.swtDefaults().grab(true, false).applyTo(action);

		Composite holder = new Composite(panel, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 80).applyTo(holder);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, Messages.Findings_id, new ColumnPixelData(60), Finding::id);
		column(columns, Messages.Findings_grade, ColumnWidths.fitting(viewer.getTable(), Messages.Findings_grade,
				Stream.of(FindingGrade.values()).map(g -> g.label(locale))), f -> f.grade().label(locale));
		column(columns, Messages.Findings_statement, new ColumnWeightData(4, 80), Finding::statement);
		column(columns, Messages.Findings_car, new ColumnWeightData(2, 80), f -> car(f.correctiveAction(), locale));
		viewer.setContentProvider(ArrayContentProvider.getInstance());

		add.addListener(SWT.Selection, e -> onAdd.run());
		action.addListener(SWT.Selection, e -> {
			Finding f = selected();
			if (f != null && f.correctiveAction() != null) {
				onAction.accept(f);
			}
		});
		viewer.addSelectionChangedListener(e -> updateButtons());
		viewer.addDoubleClickListener(e -> {
			Finding f = selected();
			if (f != null && f.correctiveAction() != null) {
				onAction.accept(f);
			}
		});
		add.setEnabled(false);
		action.setEnabled(false);
	}

	private static String car(CorrectiveAction car, Locale locale) {
		if (car == null) {
			return "";
		}
		String due = car.dueDate() == null ? "" : "  " + car.dueDate();
		return car.id() + "  " + car.status().label(locale) + due;
	}

	private void column(TableColumnLayout layout, String header, ColumnLayoutData size, Function<Finding, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		layout.setColumnData(column.getColumn(), size);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((Finding) e)));
	}

	void show(List<Finding> findings, boolean enabled) {
		viewer.setInput(findings);
		add.setEnabled(enabled);
		updateButtons();
	}

	private void updateButtons() {
		Finding f = selected();
		action.setEnabled(add.isEnabled() && f != null && f.correctiveAction() != null);
	}

	private Finding selected() {
		return (Finding) viewer.getStructuredSelection().getFirstElement();
	}

	Composite control() {
		return panel;
	}
}
