package kansa.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.CompoundContributionItem;

import kansa.ui.internal.handlers.WorkspaceSwitcher;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;

/** ファイル → 最近のワークスペース: one item per recently opened folder, rebuilt each time the menu opens. */
final class RecentWorkspacesItem extends CompoundContributionItem {

	private final IWorkbenchWindow window;

	RecentWorkspacesItem(IWorkbenchWindow window) {
		super("kansa.recent.items");
		this.window = window;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		WorkspaceSession session = UiServices.find(window, WorkspaceSession.class);
		List<IContributionItem> items = new ArrayList<>();
		if (session != null) {
			int n = 1;
			for (Path path : session.recent()) {
				String mnemonic = n <= 9 ? "&" + n + " " : "";
				Action open = new Action(mnemonic + path.toString().replace("&", "&&")) {
					@Override
					public void run() {
						WorkspaceSwitcher.switchTo(window, path);
					}
				};
				items.add(new ActionContributionItem(open));
				n++;
			}
		}
		if (items.isEmpty()) {
			Action none = new Action(Messages.Menu_recentEmpty) {
			};
			none.setEnabled(false);
			items.add(new ActionContributionItem(none));
		}
		return items.toArray(IContributionItem[]::new);
	}
}
