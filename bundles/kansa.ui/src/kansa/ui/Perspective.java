package kansa.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import kansa.ui.internal.views.WelcomeView;

/** The audit perspective. For now only the welcome page; navigator and editors join it later. */
public class Perspective implements IPerspectiveFactory {

	public static final String ID = "kansa.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(WelcomeView.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
		// With no menu yet, a closed welcome page could not be reopened.
		layout.getViewLayout(WelcomeView.ID).setCloseable(false);
	}
}
