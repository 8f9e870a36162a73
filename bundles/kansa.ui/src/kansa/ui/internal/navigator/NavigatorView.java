package kansa.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
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
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import kansa.ui.internal.Messages;
import kansa.ui.internal.StartupTiming;
import kansa.ui.jobs.LatestRead;
import kansa.ui.navigator.NavigatorContribution;
import kansa.ui.navigator.NavigatorNote;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;

/**
 * The workspace navigator. Its folders, their lines and what double-click (or Enter) does on a line all come from
 * the {@link NavigatorContribution} services (クライアント → 監査, チェックリスト, 事例ライブラリ in the product);
 * bundles add to the context menu through {@code popup:kansa.ui.navigator}. (An e3 view: it is the selection
 * provider the e3 editors and handlers read.)
 */
public final class NavigatorView extends ViewPart {

	public static final String ID = "kansa.ui.navigator";

	private final Consumer<Optional<Workspace>> workspaceListener = ws -> workspaceChanged();
	private final Runnable changeListener = this::refreshLater;
	private final Runnable contributionsListener = this::contributionsChanged;
	/** The contributions whose changes this view hears, to stop hearing them when they go. */
	private final Set<NavigatorContribution> heard = ConcurrentHashMap.newKeySet();
	private WorkspaceSession session;
	private NavigatorContributions contributions;
	private Composite stack;
	private Composite empty;
	private TreeViewer viewer;
	private Display display;
	private final LatestRead<List<Object>> reads = new LatestRead<>(Messages.Navigator_loading, true);

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		session = UiServices.get(getSite(), WorkspaceSession.class);
		contributions = UiServices.get(getSite(), NavigatorContributions.class);

		stack = new Composite(parent, SWT.NONE);
		StackLayout layout = new StackLayout();
		stack.setLayout(layout);
		empty = createEmptyPage(stack);
		viewer = new TreeViewer(stack, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new NavigatorContent());
		NavigatorLabels labels = new NavigatorLabels(() -> contributions.all());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(labels));
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addOpenListener(e -> open((IStructuredSelection) e.getSelection()));
		getSite().setSelectionProvider(viewer);
		createContextMenu();

		session.addListener(workspaceListener);
		contributions.addListener(contributionsListener);
		hearChanges();
		refresh();
	}

	/** A contribution came or went (any thread): hear the new ones' changes, then show the tree again. */
	private void contributionsChanged() {
		hearChanges();
		refreshLater();
	}

	private void hearChanges() {
		List<NavigatorContribution> present = contributions.all();
		for (NavigatorContribution c : present) {
			if (heard.add(c)) {
				c.addChangeListener(changeListener);
			}
		}
		for (NavigatorContribution c : List.copyOf(heard)) {
			if (!present.contains(c) && heard.remove(c)) {
				c.removeChangeListener(changeListener);
			}
		}
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
				viewer.setInput(List.of(new NavigatorNote(Messages.Navigator_loading)));
			}
			layout.topControl = viewer.getControl();
			// the contributions read the workspace's files off the UI thread
			Workspace workspace = ws.get();
			List<NavigatorContribution> present = contributions.all();
			reads.start(viewer.getControl(), monitor -> roots(present, workspace), this::show);
		}
		stack.layout();
	}

	private static List<Object> roots(List<NavigatorContribution> present, Workspace workspace) {
		List<Object> roots = new ArrayList<>();
		for (NavigatorContribution c : present) {
			try {
				roots.addAll(c.roots(workspace, Messages.contentLocale()));
			} catch (RuntimeException e) { // one broken contribution must not empty the navigator
				ILog.of(NavigatorView.class).error(c.getClass().getName(), e);
				roots.add(new NavigatorNote(e.toString()));
			}
		}
		return roots;
	}

	private void show(List<Object> roots) {
		if (session.current().isEmpty()) {
			return; // the workspace was closed while it was read
		}
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(roots);
		if (expanded.length == 0 && !roots.isEmpty()) {
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
		if (element == null) {
			return;
		}
		try {
			for (NavigatorContribution c : contributions.all()) {
				if (c.open(element, getSite().getPage())) {
					return;
				}
			}
		} catch (CoreException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Navigator_openFailed, e.getMessage());
			return;
		}
		if (viewer.isExpandable(element)) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
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
		contributions.removeListener(contributionsListener);
		heard.forEach(c -> c.removeChangeListener(changeListener));
		heard.clear();
		super.dispose();
	}
}
