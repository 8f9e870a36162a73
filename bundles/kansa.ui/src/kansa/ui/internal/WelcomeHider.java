package kansa.ui.internal;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

import kansa.ui.internal.views.WelcomeView;

/** The welcome page makes room once the user opens an editor; ヘルプ → ようこそ brings it back. */
final class WelcomeHider implements IPartListener2 {

	void install(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		if (page != null) {
			page.addPartListener(this);
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		IWorkbenchPage page = ref.getPage();
		if (ref.getPart(false) instanceof IEditorPart) {
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
