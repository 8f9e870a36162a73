package kansa.ui.internal;

import java.util.Set;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

import kansa.ui.internal.navigator.NavigatorView;
import kansa.ui.internal.views.DetailsView;
import kansa.ui.internal.views.WelcomeView;

/**
 * The welcome page makes room once the user opens an editor or a view beside it (the incident library);
 * ヘルプ → ようこそ brings it back.
 */
final class WelcomeHider implements IPartListener2 {

	/** Views that live beside the welcome page rather than in its place. */
	private static final Set<String> STAYS = Set.of(WelcomeView.ID, NavigatorView.ID, DetailsView.ID);

	void install(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		if (page != null) {
			page.addPartListener(this);
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		IWorkbenchPage page = ref.getPage();
		boolean besideWelcome = ref instanceof IViewReference view && !STAYS.contains(view.getId());
		if (ref.getPart(false) instanceof IEditorPart || besideWelcome) {
			IViewPart welcome = page.findView(WelcomeView.ID);
			if (welcome != null) {
				page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
					if (page.getWorkbenchWindow().getShell() != null) {
						page.hideView(welcome);
					}
				});
			}
		}
	}
}
