package kansa.ui.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.LabelRetargetAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;

/**
 * Menus ファイル / 編集 / 監査 / ヘルプ, the main tool bar and the status line. The standard save, undo and exit
 * actions are created here (with Kansa's own labels, since the platform's are English only); every other item
 * is a command contributed in plugin.xml into the groups named in {@link KansaMenus}.
 */
final class KansaActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction quit;
	private LabelRetargetAction undo;
	private LabelRetargetAction redo;
	private StatusLineContributionItem workspaceStatus;
	private WorkspaceSession session;
	private final Consumer<Optional<Workspace>> statusUpdater = ws -> updateStatus();

	KansaActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = ActionFactory.SAVE.create(window);
		relabel(save, Messages.Action_save);
		saveAll = ActionFactory.SAVE_ALL.create(window);
		relabel(saveAll, Messages.Action_saveAll);
		quit = ActionFactory.QUIT.create(window);
		relabel(quit, Messages.Action_exit);
		undo = retarget(window, ActionFactory.UNDO, IWorkbenchCommandConstants.EDIT_UNDO, Messages.Action_undo,
				ISharedImages.IMG_TOOL_UNDO);
		redo = retarget(window, ActionFactory.REDO, IWorkbenchCommandConstants.EDIT_REDO, Messages.Action_redo,
				ISharedImages.IMG_TOOL_REDO);
		register(save);
		register(saveAll);
		register(quit);
		register(undo);
		register(redo);
		session = UiServices.find(window, WorkspaceSession.class);
		if (session != null) {
			session.addListener(statusUpdater);
		}
	}

	private static void relabel(IWorkbenchAction action, String text) {
		action.setText(text);
		action.setToolTipText(text.replace("&", "").replaceAll("\\(.\\)$", ""));
	}

	private static LabelRetargetAction retarget(IWorkbenchWindow window, ActionFactory factory, String commandId,
			String text, String image) {
		LabelRetargetAction action = new LabelRetargetAction(factory.getId(), text);
		action.setActionDefinitionId(commandId);
		action.setToolTipText(text.replace("&", "").replaceAll("\\(.\\)$", ""));
		ISharedImages images = window.getWorkbench().getSharedImages();
		action.setImageDescriptor(images.getImageDescriptor(image));
		action.setDisabledImageDescriptor(images.getImageDescriptor(image + "_DISABLED"));
		window.getPartService().addPartListener(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(KansaMenus.GROUP_NEW));
		file.add(new Separator(KansaMenus.GROUP_OPEN));
		MenuManager recent = new MenuManager(Messages.Menu_recent, KansaMenus.RECENT_MENU);
		recent.add(new RecentWorkspacesItem(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		file.add(recent);
		file.add(new Separator(KansaMenus.GROUP_SAVE));
		file.add(save);
		file.add(saveAll);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(LanguageMenu.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		file.add(new Separator(KansaMenus.GROUP_EXIT));
		file.add(quit);

		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager audit = new MenuManager(Messages.Menu_audit, KansaMenus.AUDIT_MENU);
		audit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(audit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager main = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		main.add(new GroupMarker(KansaMenus.GROUP_NEW));
		main.add(new GroupMarker(KansaMenus.GROUP_OPEN));
		main.add(new Separator(KansaMenus.GROUP_SAVE));
		main.add(save);
		main.add(saveAll);
		main.add(new Separator(KansaMenus.GROUP_EDIT));
		main.add(undo);
		main.add(redo);
		main.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(main, KansaMenus.MAIN_TOOLBAR));
	}

	@Override
	protected void fillStatusLine(IStatusLineManager statusLine) {
		workspaceStatus = new StatusLineContributionItem(KansaMenus.WORKSPACE_STATUS, 70);
		statusLine.add(workspaceStatus);
		updateStatus();
	}

	private void updateStatus() {
		if (workspaceStatus == null) {
			return;
		}
		Optional<Workspace> ws = session == null ? Optional.empty() : session.current();
		workspaceStatus.setText(ws.map(w -> NLS.bind(Messages.Status_workspace, w.root()))
				.orElse(Messages.Status_noWorkspace));
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.removeListener(statusUpdater);
		}
		super.dispose();
	}
}
