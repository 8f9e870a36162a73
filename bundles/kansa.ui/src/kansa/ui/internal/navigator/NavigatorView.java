package kansa.ui.internal.navigator;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import kansa.ui.internal.Messages;
import kansa.ui.internal.StartupTiming;
import kansa.ui.services.CatalogRegistry;
import kansa.ui.services.IncidentRegistry;
import kansa.ui.workspace.AuditEntry;
import kansa.ui.workspace.ChecklistEntry;
import kansa.ui.workspace.ChecklistInput;
import kansa.ui.workspace.IncidentEntry;
import kansa.ui.workspace.LatestRead;
import kansa.ui.workspace.UiServices;
import kansa.ui.workspace.WorkspaceSession;
import kansa.workspace.Workspace;

/**
 * The workspace navigator: クライアント → 監査, チェックリスト, 事例ライブラリ. Double-click (or Enter) opens an audit
 * or a workspace checklist in its editor; on a built-in checklist it starts a new audit from it; on a case it
 * shows the incident library. Other bundles add to the context menu through
 * {@code popup:kansa.ui.navigator}. (An e3 view: it is the selection provider the e3 editors and handlers read.)
 */
public final class NavigatorView extends ViewPart {

	public static final String ID = "kansa.ui.navigator";
	/** The command a checklist's double-click runs; contributed by kansa.ui.audit. */
	static final String NEW_AUDIT_COMMAND = "kansa.ui.audit.new";
	/** The incident library view a case's double-click shows; contributed by kansa.ui.incidents. */
	static final String INCIDENT_VIEW = "kansa.ui.incidents.library";

	private final Consumer<Optional<Workspace>> workspaceListener = ws -> workspaceChanged();
	private final Runnable servicesListener = this::refreshLater;
	private WorkspaceSession session;
	private CatalogRegistry catalogs;
	private IncidentRegistry incidents;
	private Composite stack;
	private Composite empty;
	private TreeViewer viewer;
	private Display display;
	private final LatestRead<List<Object>> reads = new LatestRead<>(Messages.Navigator_loading, true);

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		session = UiServices.get(getSite(), WorkspaceSession.class);
		catalogs = UiServices.find(getSite(), CatalogRegistry.class);
		incidents = UiServices.find(getSite(), IncidentRegistry.class);

		stack = new Composite(parent, SWT.NONE);
		StackLayout layout = new StackLayout();
		stack.setLayout(layout);
		empty = createEmptyPage(stack);
		viewer = new TreeViewer(stack, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new NavigatorContent());
		NavigatorLabels labels = new NavigatorLabels();
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(labels));
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
		getSite().setSelectionProvider(viewer);
		createContextMenu();

		session.addListener(workspaceListener);
		if (catalogs != null) {
			catalogs.addListener(servicesListener);
		}
		if (incidents != null) {
			incidents.addListener(servicesListener);
		}
		refresh();
	}

	private Composite createEmptyPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(8, 10).applyTo(page);
		Label text = new Label(page, SWT.WRAP);
		text.setText(Messages.Navigator_noWorkspace);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		Button open = new Button(page, SWT.PUSH);
		open.setText(Messages.Navigator_openWorkspace);
		open.addListener(SWT.Selection, e -> execute("kansa.ui.openWorkspace"));
		return page;
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager("#PopupMenu", ID);
		menu.add(new Action(Messages.Navigator_open) {
			@Override
			public void run() {
				open(viewer.getStructuredSelection());
			}
		});
		menu.add(new GroupMarker("kansa.new"));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator("kansa.refresh"));
		menu.add(new Action(Messages.Navigator_refresh) {
			@Override
			public void run() {
				refresh();
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(ID, menu, viewer);
	}

	private void workspaceChanged() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(null); // another workspace: nothing of the old one while the new one is read
		}
		refresh();
	}

	/** Reads the workspace again; keeps what was expanded. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		StackLayout layout = (StackLayout) stack.getLayout();
		Optional<Workspace> ws = session.current();
		if (ws.isEmpty()) {
			layout.topControl = empty;
			viewer.setInput(null);
		} else {
			if (viewer.getInput() == null) {
				viewer.setInput(List.of(new NavigatorNode.Note(Messages.Navigator_loading)));
			}
			layout.topControl = viewer.getControl();
			// audits, checklists and the catalogs' and libraries' cases are read off the UI thread
			Workspace workspace = ws.get();
			reads.start(viewer.getControl(), monitor -> WorkspaceIndex.build(workspace,
					catalogs == null ? List.of() : catalogs.checklists(),
					incidents == null ? List.of() : incidents.all(), Messages.contentLocale()), this::show);
		}
		stack.layout();
	}

	private void show(List<Object> roots) {
		if (session.current().isEmpty()) {
			return; // the workspace was closed while it was read
		}
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(roots);
		if (expanded.length == 0) {
			viewer.expandToLevel(roots.get(0), 2);
		} else {
			viewer.setExpandedElements(expanded);
		}
		StartupTiming.navigatorShown();
	}

	private void refreshLater() {
		Display d = display;
		if (d != null && !d.isDisposed()) {
			d.asyncExec(this::refresh);
		}
	}

	private void open(IStructuredSelection selection) {
		Object element = selection.getFirstElement();
		if (element instanceof AuditEntry audit) {
			try {
				getSite().getPage().openEditor(audit.input(), kansa.ui.workspace.AuditInput.EDITOR_ID);
			} catch (PartInitException e) {
				MessageDialog.openError(getSite().getShell(), Messages.Navigator_openFailed, e.getMessage());
			}
		} else if (element instanceof ChecklistEntry checklist && !checklist.builtIn()) {
			session.current().ifPresent(ws -> openChecklist(ws, checklist));
		} else if (element instanceof ChecklistEntry) {
			execute(NEW_AUDIT_COMMAND);
		} else if (element instanceof IncidentEntry) {
			showView(INCIDENT_VIEW);
		} else if (element != null && viewer.isExpandable(element)) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	private void openChecklist(Workspace ws, ChecklistEntry checklist) {
		try {
			getSite().getPage().openEditor(new ChecklistInput(ws.root(), checklist.id(), checklist.title()),
					ChecklistInput.EDITOR_ID);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Navigator_openFailed, e.getMessage());
		}
	}

	private void showView(String viewId) {
		try {
			getSite().getPage().showView(viewId);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Navigator_openFailed, e.getMessage());
		}
	}

	private void execute(String commandId) {
		try {
			getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (CommandException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Navigator_openFailed, e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		Optional<Workspace> ws = session.current();
		(ws.isPresent() ? viewer.getControl() : empty).setFocus();
	}

	@Override
	public void dispose() {
		session.removeListener(workspaceListener);
		if (catalogs != null) {
			catalogs.removeListener(servicesListener);
		}
		if (incidents != null) {
			incidents.removeListener(servicesListener);
		}
		super.dispose();
	}
}
