package kansa.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Shape of the workbench window. Menus and tool bar come with the first commands. */
final class KansaWindowAdvisor extends WorkbenchWindowAdvisor {

	KansaWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer c = getWindowConfigurer();
		c.setTitle(Messages.Window_title);
		c.setInitialSize(new Point(1280, 800));
		c.setShowMenuBar(false);
		c.setShowCoolBar(false);
		c.setShowPerspectiveBar(false);
		c.setShowStatusLine(true);
	}
}
