package kansa.ui.internal.views;

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
import kansa.ui.details.DetailRow;
import kansa.ui.details.DetailsContribution;
import kansa.ui.internal.Messages;

/**
 * 詳細: the properties of what is selected, as rows of the {@link DetailsContribution} services (each feature
 * bundle describes its own elements). An e4 POJO part (contributed as an e4view): it reads the active selection
 * and the contributions from its context.
 */
public final class DetailsView {

	public static final String ID = "kansa.ui.details";

	private final DetailsContributions contributions;
	private TableViewer viewer;

	@Inject
	public DetailsView(DetailsContributions contributions) {
		this.contributions = contributions;
	}

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
		name.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((DetailRow) e).name()));
		TableViewerColumn value = new TableViewerColumn(viewer, SWT.LEFT);
		value.getColumn().setText(Messages.Details_value);
		columns.setColumnData(value.getColumn(), new ColumnWeightData(1, 120));
		value.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((DetailRow) e).value()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
	}

	@Inject
	@Optional
	void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (viewer == null || viewer.getControl().isDisposed() || !(selection instanceof IStructuredSelection s)) {
			return;
		}
		List<DetailRow> rows = rows(s.getFirstElement());
		if (!rows.isEmpty()) { // an element no contribution describes keeps the last one shown
			viewer.setInput(rows);
		}
	}

	/** The rows of the first contribution that describes the element; empty when none does. */
	private List<DetailRow> rows(Object element) {
		if (element == null) {
			return List.of();
		}
		for (DetailsContribution c : contributions.all()) {
			List<DetailRow> rows = c.rows(element);
			if (!rows.isEmpty()) {
				return rows;
			}
		}
		return List.of();
	}
}
