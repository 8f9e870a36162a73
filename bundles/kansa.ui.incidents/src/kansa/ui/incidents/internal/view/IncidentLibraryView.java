package kansa.ui.incidents.internal.view;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import kansa.core.incident.Incident;
import kansa.core.json.KansaDataException;
import kansa.ui.incidents.internal.Messages;
import kansa.ui.services.CatalogRegistry;
import kansa.ui.services.IncidentRegistry;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * 事例ライブラリ: Japanese full-text search (kuromoji, through kansa.incidents) over every incident library and the
 * workspace's own cases, facet filters with counts (cause, year, industry, data type, discovery route, size), the
 * hits (組織, 日付, 件数, 原因) and the selected case's details. Searches and facet counts run in a job; the table
 * is filled on the UI thread when it is done.
 */
public final class IncidentLibraryView extends ViewPart {

	public static final String ID = "kansa.ui.incidents.library";

	private final IncidentSearch search = new IncidentSearch();
	private final Runnable librariesChanged = this::searchLater;
	private final Consumer<Optional<Workspace>> workspaceChanged = ws -> searchLater();
	private IncidentRegistry registry;
	private WorkspaceSession session;
	private Display display;
	private Text query;
	private FacetPanel facets;
	private Label status;
	private TableViewer table;
	private DetailsPane details;
	private volatile int generation;
	/** A case to select once a search lists it (a case just saved by the article wizard). */
	private String toReveal;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		registry = UiServices.find(getSite(), IncidentRegistry.class);
		session = UiServices.find(getSite(), WorkspaceSession.class);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		query = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		query.setMessage(Messages.Search_hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(query);
		query.addListener(SWT.DefaultSelection, e -> runSearch());
		Button go = new Button(bar, SWT.PUSH);
		go.setText(Messages.Search_button);
		go.addListener(SWT.Selection, e -> runSearch());
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(status);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		facets = new FacetPanel(sash, this::runSearch);
		createTable(sash);
		details = new DetailsPane(sash, UiServices.find(getSite(), CatalogRegistry.class));
		sash.setWeights(2, 4, 3);
		table.addSelectionChangedListener(e -> details.show(selected()));
		getSite().setSelectionProvider(table);

		if (registry != null) {
			registry.addListener(librariesChanged);
		}
		if (session != null) {
			session.addListener(workspaceChanged);
		}
		runSearch();
	}

	private void createTable(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		table = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, Messages.Column_organization, Incident::organization, new ColumnWeightData(3, 120),
				Comparator.comparing(Incident::organization));
		column(columns, Messages.Column_date, IncidentLibraryView::date, new ColumnPixelData(95),
				Comparator.comparing(IncidentLibraryView::date));
		column(columns, Messages.Column_records, IncidentLibraryView::records, new ColumnPixelData(90),
				Comparator.comparing(Incident::recordsAffected, Comparator.nullsFirst(Comparator.naturalOrder())));
		column(columns, Messages.Column_cause, Incident::cause, new ColumnWeightData(2, 100),
				Comparator.comparing(Incident::cause));
	}

	/** A column; a click on its header sorts the hits by it (again: the other way), else they stay by relevance. */
	private void column(TableColumnLayout layout, String header, Function<Incident, String> text,
			org.eclipse.jface.viewers.ColumnLayoutData data, Comparator<Incident> order) {
		TableViewerColumn column = new TableViewerColumn(table, data instanceof ColumnPixelData ? SWT.RIGHT : SWT.LEFT);
		column.getColumn().setText(header);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Incident) element);
			}
		});
		layout.setColumnData(column.getColumn(), data);
		column.getColumn().addListener(SWT.Selection, e -> {
			Table t = table.getTable();
			boolean up = t.getSortColumn() != column.getColumn() || t.getSortDirection() == SWT.DOWN;
			t.setSortColumn(column.getColumn());
			t.setSortDirection(up ? SWT.UP : SWT.DOWN);
			Comparator<Incident> sorted = up ? order : order.reversed();
			table.setComparator(new ViewerComparator() {
				@Override
				public int compare(Viewer viewer, Object a, Object b) {
					return sorted.compare((Incident) a, (Incident) b);
				}
			});
		});
	}

	/** When the case was announced, else discovered, else began: the date its year facet counts. */
	static String date(Incident i) {
		String field = i.announced() != null ? "announced" : i.discovered() != null ? "discovered" : "incidentStart";
		LocalDate d = i.announced() != null ? i.announced() : i.discovered() != null ? i.discovered() : i.incidentStart();
		if (d == null) {
			return "";
		}
		return switch (i.precisionOf(field)) {
			case DAY -> d.format(DateTimeFormatter.ISO_LOCAL_DATE);
			case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
			case YEAR -> Integer.toString(d.getYear());
		};
	}

	static String records(Incident i) {
		if (i.recordsAffected() == null) {
			return "";
		}
		String n = NumberFormat.getIntegerInstance(Messages.contentLocale()).format(i.recordsAffected());
		return NLS.bind(Messages.Details_records, n, i.recordsUnit() == null ? "" : i.recordsUnit()).strip();
	}

	private Incident selected() {
		return (Incident) table.getStructuredSelection().getFirstElement();
	}

	private void searchLater() {
		Display d = display;
		if (d != null && !d.isDisposed()) {
			d.asyncExec(() -> {
				if (!query.isDisposed()) {
					runSearch();
				}
			});
		}
	}

	/** Starts a search for the words and filters shown; a later search supersedes an earlier one. */
	public void runSearch() {
		String text = query.getText();
		Map<String, String> filters = facets.selection();
		int mine = ++generation;
		status.setText(Messages.Search_running);
		Job job = Job.create(Messages.Search_job, (IProgressMonitor monitor) -> {
			try {
				// reading the workspace's case files and gathering the libraries is work too: not on the UI thread
				List<Incident> cases = IncidentSearch.casesOf(registry == null ? List.of() : registry.all(),
						ownCases());
				IncidentSearch.Outcome outcome = search.search(cases, text, filters);
				display.asyncExec(() -> show(mine, outcome, cases.isEmpty()));
			} catch (java.io.IOException | RuntimeException e) {
				display.asyncExec(() -> failed(mine, e));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private List<Incident> ownCases() {
		List<Incident> own = new ArrayList<>();
		Optional<Workspace> ws = session == null ? Optional.empty() : session.current();
		if (ws.isPresent()) {
			try {
				for (String id : ws.get().incidentIds()) {
					try {
						own.add(ws.get().loadIncident(id));
					} catch (KansaDataException | WorkspaceException e) {
						// the navigator shows unreadable cases; the search leaves them out
					}
				}
			} catch (WorkspaceException e) {
				// no incidents folder: only the libraries
			}
		}
		return own;
	}

	private void show(int mine, IncidentSearch.Outcome outcome, boolean noCases) {
		if (mine != generation || table.getControl().isDisposed()) {
			return;
		}
		facets.show(outcome.facets());
		table.setInput(outcome.hits());
		status.setText(noCases ? Messages.Search_empty : NLS.bind(Messages.Search_count, outcome.total()));
		status.getParent().layout();
		Incident reveal = toReveal == null ? null
				: outcome.hits().stream().filter(i -> i.id().equals(toReveal)).findFirst().orElse(null);
		if (reveal != null) {
			table.setSelection(new StructuredSelection(reveal), true);
			toReveal = null;
		} else if (!outcome.hits().isEmpty()) {
			table.getTable().select(0);
		}
		details.show(selected());
	}

	/** Shows one case selected: words and filters are cleared so that it is listed (own cases come first). */
	public void reveal(String incidentId) {
		toReveal = incidentId;
		query.setText("");
		facets.clear();
		runSearch();
	}

	private void failed(int mine, Exception e) {
		if (mine == generation && !status.isDisposed()) {
			status.setText(NLS.bind(Messages.Search_failed, e.getMessage()));
			status.getParent().layout();
		}
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}

	@Override
	public void dispose() {
		if (registry != null) {
			registry.removeListener(librariesChanged);
		}
		if (session != null) {
			session.removeListener(workspaceChanged);
		}
		search.close();
		super.dispose();
	}
}
