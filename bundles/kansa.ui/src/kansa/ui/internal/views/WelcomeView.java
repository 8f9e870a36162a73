package kansa.ui.internal.views;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import kansa.ui.internal.Messages;
import kansa.ui.jobs.LatestRead;
import kansa.ui.services.CatalogRegistry;
import kansa.ui.services.UiServices;

/** The start page: what Kansa is, and the checklists every installed catalog offers. */
public final class WelcomeView extends ViewPart {

	public static final String ID = "kansa.ui.welcome";

	/** One table line: a checklist as offered by a catalog. */
	private record Row(String id, String title, int items) {
	}

	private final Runnable catalogsListener = this::catalogsChanged;
	private CatalogRegistry catalogs;
	private final LatestRead<List<Row>> reads = new LatestRead<>(Messages.Welcome_checklists, true);
	private TableViewer viewer;
	private volatile Display display;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 10).applyTo(parent);

		Label heading = new Label(parent, SWT.NONE);
		heading.setText(Messages.Welcome_heading);
		heading.setFont(JFaceResources.getHeaderFont());

		Label summary = new Label(parent, SWT.WRAP);
		summary.setText(Messages.Welcome_summary);
		// A wrapping label needs a width hint, or it asks for one endless line.
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);

		Label caption = new Label(parent, SWT.NONE);
		caption.setText(Messages.Welcome_checklists);
		caption.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().indent(0, 8).applyTo(caption);

		// The title column takes the spare width; otherwise GTK stretches the last (numeric) column.
		Composite tableHolder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableHolder);
		TableColumnLayout columns = new TableColumnLayout();
		tableHolder.setLayout(columns);
		viewer = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, Messages.Welcome_columnId, new ColumnPixelData(180), SWT.LEFT, Row::id);
		column(columns, Messages.Welcome_columnTitle, new ColumnWeightData(1, 300), SWT.LEFT, Row::title);
		column(columns, Messages.Welcome_columnItems, new ColumnPixelData(90), SWT.RIGHT, r -> Integer.toString(r.items()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());

		display = parent.getDisplay();
		catalogs = UiServices.get(getSite(), CatalogRegistry.class);
		catalogs.addListener(catalogsListener);
		refresh();
	}

	private void column(TableColumnLayout layout, String header, ColumnLayoutData size, int alignment,
			Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(header);
		layout.setColumnData(column.getColumn(), size);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	/** Called on any thread by the registry: refresh later, on the UI thread, if the view is still there. */
	private void catalogsChanged() {
		Display d = display;
		if (d != null && !d.isDisposed()) {
			d.asyncExec(this::refresh);
		}
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Locale locale = Messages.contentLocale();
		// a catalog reads its checklists on first use: not on the UI thread
		reads.start(viewer.getControl(), monitor -> catalogs.catalogs().stream()
				.flatMap(c -> c.checklists().stream())
				.map(cl -> new Row(cl.id(), cl.title().get(locale), cl.itemCount()))
				.toList(), viewer::setInput);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (catalogs != null) {
			catalogs.removeListener(catalogsListener);
		}
		super.dispose();
	}
}
