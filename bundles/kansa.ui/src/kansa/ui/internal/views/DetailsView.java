package kansa.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kansa.ui.internal.Messages;
import kansa.ui.workspace.AuditEntry;
import kansa.ui.workspace.ChecklistEntry;
import kansa.ui.workspace.IncidentEntry;

/**
 * 詳細: the properties of what is selected in the navigator. An e4 POJO part (contributed as an e4view): it only
 * reads the active selection from its context.
 */
public final class DetailsView {

	public static final String ID = "kansa.ui.details";

	/** One line: a property and its value. */
	record Row(String name, String value) {
	}

	private TableViewer viewer;

	@PostConstruct
	public void create(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setText(Messages.Details_property);
		columns.setColumnData(name.getColumn(), new ColumnPixelData(110));
		name.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((Row) e).name()));
		TableViewerColumn value = new TableViewerColumn(viewer, SWT.LEFT);
		value.getColumn().setText(Messages.Details_value);
		columns.setColumnData(value.getColumn(), new ColumnWeightData(1, 120));
		value.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((Row) e).value()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
	}

	@Inject
	@Optional
	void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (viewer == null || viewer.getControl().isDisposed() || !(selection instanceof IStructuredSelection s)) {
			return;
		}
		List<Row> rows = rows(s.getFirstElement());
		if (rows != null) {
			viewer.setInput(rows);
		}
	}

	/** The rows for an element; null for elements this view does not describe (keeps showing the last one). */
	static List<Row> rows(Object element) {
		List<Row> rows = new ArrayList<>();
		if (element instanceof AuditEntry a) {
			rows.add(new Row(Messages.Details_auditTitle, a.title()));
			rows.add(new Row(Messages.Details_client, a.client()));
			rows.add(new Row(Messages.Details_status, a.status() == null ? "" : a.status().label(Messages.contentLocale())));
			rows.add(new Row(Messages.Details_checklist, a.checklist()));
			rows.add(new Row(Messages.Details_progress, a.answered() + " / " + a.total()));
			rows.add(new Row(Messages.Details_findings, Integer.toString(a.findings())));
			rows.add(new Row(Messages.Details_id, a.id()));
			rows.add(new Row(Messages.Details_folder, a.workspaceRoot().resolve("audits").resolve(a.id()).toString()));
		} else if (element instanceof ChecklistEntry c) {
			rows.add(new Row(Messages.Details_checklist, c.title()));
			rows.add(new Row(Messages.Details_version, c.version()));
			rows.add(new Row(Messages.Details_items, Integer.toString(c.items())));
			rows.add(new Row(Messages.Details_origin, c.builtIn() ? Messages.Details_builtIn : Messages.Details_own));
			rows.add(new Row(Messages.Details_id, c.id()));
		} else if (element instanceof IncidentEntry i) {
			rows.add(new Row(Messages.Details_organization, i.organization()));
			rows.add(new Row(Messages.Details_announced, i.announced() == null ? "" : i.announced().toString()));
			rows.add(new Row(Messages.Details_cause, i.cause()));
			rows.add(new Row(Messages.Details_source, i.source()));
			rows.add(new Row(Messages.Details_id, i.id()));
		} else {
			return null;
		}
		return rows;
	}
}
