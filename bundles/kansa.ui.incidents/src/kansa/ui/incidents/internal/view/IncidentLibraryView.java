package kansa.ui.incidents.internal.view;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
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
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import kansa.core.incident.Incident;
import kansa.core.json.KansaDataException;
import kansa.ui.incidents.internal.Messages;
import kansa.ui.services.IncidentRegistry;
import kansa.ui.workspace.UiServices;
import kansa.ui.workspace.WorkspaceSession;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * 事例ライブラリ: Japanese full-text search (kuromoji, through kansa.incidents) over every incident library and the
 * workspace's own cases, a cause filter with counts, the hits (組織, 公表日, 件数, 原因) and the selected case's
 * details. Searches run in a job; the table is filled on the UI thread when it is done.
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
	private Combo causes;
	private final List<String> causeValues = new ArrayList<>();
	private Label status;
	private TableViewer table;
	private DetailsPane details;
	private volatile int generation;
	private volatile boolean searching;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		registry = UiServices.find(getSite(), IncidentRegistry.class);
		session = UiServices.find(getSite(), WorkspaceSession.class);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		query = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		query.setMessage(Messages.Search_hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(query);
		query.addListener(SWT.DefaultSelection, e -> runSearch());
		Button go = new Button(bar, SWT.PUSH);
		go.setText(Messages.Search_button);
		go.addListener(SWT.Selection, e -> runSearch());
		new Label(bar, SWT.NONE).setText(Messages.Search_causeLabel);
		causes = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(causes);
		causes.addListener(SWT.Selection, e -> runSearch());
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(status);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createTable(sash);
		details = new DetailsPane(sash);
		sash.setWeights(3, 2);
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
		column(columns, Messages.Column_organization, Incident::organization, new ColumnWeightData(3, 120));
		column(columns, Messages.Column_announced, IncidentLibraryView::date, new ColumnPixelData(95));
		column(columns, Messages.Column_records, IncidentLibraryView::records, new ColumnPixelData(90));
		column(columns, Messages.Column_cause, Incident::cause, new ColumnWeightData(2, 100));
	}

	private void column(TableColumnLayout layout, String header, Function<Incident, String> text,
			org.eclipse.jface.viewers.ColumnLayoutData data) {
		TableViewerColumn column = new TableViewerColumn(table, data instanceof ColumnPixelData ? SWT.RIGHT : SWT.LEFT);
		column.getColumn().setText(header);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Incident) element);
			}
		});
		layout.setColumnData(column.getColumn(), data);
	}

	static String date(Incident i) {
		return i.announced() == null ? "" : i.announced().format(DateTimeFormatter.ISO_LOCAL_DATE);
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

	/** Starts a search for the words and cause shown; a later search supersedes an earlier one. */
	public void runSearch() {
		String text = query.getText();
		int index = causes.getSelectionIndex();
		String cause = index > 0 && index < causeValues.size() ? causeValues.get(index) : "";
		List<Incident> cases = IncidentSearch.casesOf(registry == null ? List.of() : registry.all(), ownCases());
		int mine = ++generation;
		searching = true;
		status.setText(Messages.Search_running);
		Job job = Job.create(Messages.Search_job, (IProgressMonitor monitor) -> {
			try {
				IncidentSearch.Outcome outcome = search.search(cases, text, cause);
				display.asyncExec(() -> show(mine, outcome, cause, cases.isEmpty()));
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

	private void show(int mine, IncidentSearch.Outcome outcome, String cause, boolean noCases) {
		if (mine != generation || table.getControl().isDisposed()) {
			return;
		}
		causeValues.clear();
		causeValues.add("");
		causes.removeAll();
		causes.add(NLS.bind(Messages.Search_allCauses, outcome.allCauses()));
		for (Map.Entry<String, Long> c : outcome.causes().entrySet()) {
			causeValues.add(c.getKey());
			causes.add(NLS.bind(Messages.Search_cause, c.getKey(), c.getValue()));
		}
		if (!cause.isEmpty() && !causeValues.contains(cause)) {
			causeValues.add(cause);
			causes.add(NLS.bind(Messages.Search_cause, cause, 0));
		}
		causes.select(Math.max(0, causeValues.indexOf(cause)));
		table.setInput(outcome.hits());
		status.setText(noCases ? Messages.Search_empty : NLS.bind(Messages.Search_count, outcome.total()));
		status.getParent().layout();
		if (!outcome.hits().isEmpty()) {
			table.getTable().select(0);
		}
		details.show(selected());
		searching = false;
	}

	private void failed(int mine, Exception e) {
		if (mine == generation && !status.isDisposed()) {
			status.setText(NLS.bind(Messages.Search_failed, e.getMessage()));
			status.getParent().layout();
			searching = false;
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

	// --- for tests --------------------------------------------------------------------------------------------

	/** Types the words and starts the search, as Enter in the search box does. */
	public void search(String words) {
		query.setText(words);
		runSearch();
	}

	/** True while a search is running or its result is not shown yet. */
	public boolean isSearching() {
		return searching;
	}

	/** The cases the table lists, in order. */
	public List<Incident> results() {
		Object input = table.getInput();
		return input instanceof List<?> l ? l.stream().map(Incident.class::cast).toList() : List.of();
	}

	/** The cause filter's entries as shown. */
	public String[] causeChoices() {
		return causes.getItems();
	}

	public String detailsText() {
		return details.text();
	}
}
