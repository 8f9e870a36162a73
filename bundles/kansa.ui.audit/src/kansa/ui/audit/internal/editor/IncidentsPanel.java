package kansa.ui.audit.internal.editor;

import java.util.List;
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
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kansa.core.incident.Incident;
import kansa.ui.audit.internal.Messages;

/**
 * Real incidents mapped to the selected item, from every incident library present (organization, date, records,
 * cause), with the selected case's story and why it maps to the item.
 */
final class IncidentsPanel {

	private final Composite panel;
	private final TableViewer viewer;
	private final Text story;
	private final Label empty;
	private String itemId = "";

	IncidentsPanel(Composite parent) {
		panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(panel);
		empty = new Label(panel, SWT.WRAP);
		empty.setData(HeaderBar.CSS_CLASS, "kansa-hint");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(empty);
		SashForm sash = new SashForm(panel, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite holder = new Composite(sash, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, Messages.Incidents_organization, new ColumnWeightData(3, 120), Incident::organization);
		column(columns, Messages.Incidents_date, new ColumnPixelData(95),
				i -> i.announced() == null ? "" : i.announced().toString());
		column(columns, Messages.Incidents_records, new ColumnPixelData(90),
				i -> i.recordsAffected() == null ? "" : String.format("%,d %s", i.recordsAffected(), i.recordsUnit()));
		column(columns, Messages.Incidents_cause, new ColumnWeightData(2, 90), Incident::cause);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		story = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		sash.setWeights(3, 2);
		viewer.addSelectionChangedListener(e -> showStory((Incident) viewer.getStructuredSelection().getFirstElement()));
	}

	private void column(TableColumnLayout layout, String header, ColumnLayoutData size, Function<Incident, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		layout.setColumnData(column.getColumn(), size);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((Incident) e)));
	}

	void show(String item, List<Incident> incidents, boolean librariesPresent) {
		itemId = item == null ? "" : item;
		viewer.setInput(incidents);
		empty.setText(!librariesPresent ? Messages.Incidents_noLibrary
				: incidents.isEmpty() ? Messages.Incidents_none : Messages.Incidents_hint);
		empty.getParent().layout();
		showStory(incidents.isEmpty() ? null : incidents.get(0));
	}

	private void showStory(Incident incident) {
		if (incident == null) {
			story.setText("");
			return;
		}
		StringBuilder b = new StringBuilder(incident.narrative());
		incident.mappedItems().stream().filter(m -> m.itemId().equals(itemId) && !m.reason().isEmpty())
				.forEach(m -> b.append("\n\n").append(Messages.Incidents_why).append(' ').append(m.reason()));
		incident.sources().forEach(s -> b.append("\n").append(s.title()).append(' ').append(s.url()));
		story.setText(b.toString());
	}

	Composite control() {
		return panel;
	}
}
