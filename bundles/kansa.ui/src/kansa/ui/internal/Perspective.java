package kansa.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import kansa.ui.internal.navigator.NavigatorView;
import kansa.ui.internal.views.DetailsView;
import kansa.ui.internal.views.WelcomeView;

/**
 * The audit perspective: the workspace navigator on the left with the details of the selection below it, editors
 * in the middle. The welcome page fills the editor area until the first editor opens.
 */
public class Perspective implements IPerspectiveFactory {

	public static final String ID = "kansa.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("kansa.left", IPageLayout.LEFT, 0.28f, editors);
		left.addView(NavigatorView.ID);
		IFolderLayout below = layout.createFolder("kansa.leftBottom", IPageLayout.BOTTOM, 0.66f, "kansa.left");
		below.addView(DetailsView.ID);
		// a place for the welcome page; the window shows it only when no workspace is open (one part less to
		// create at each start, and a consultant's workspace opens on an empty editor area)
		layout.createPlaceholderFolder("kansa.top", IPageLayout.TOP, 0.95f, editors).addPlaceholder(WelcomeView.ID);
		layout.getViewLayout(NavigatorView.ID).setCloseable(false);
	}
}
