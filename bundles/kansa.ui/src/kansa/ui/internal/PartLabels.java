package kansa.ui.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.views.IViewRegistry;

/**
 * The workbench restores its layout with the view titles it had when it was saved, so after ファイル → 表示言語 the
 * views kept the old language's titles (「Details」 in a Japanese window). On opening, every view takes its title
 * from the view registry again, which speaks the current language.
 */
final class PartLabels {

	private PartLabels() {
	}

	static void refresh(IWorkbenchWindow window) {
		EModelService models = window.getService(EModelService.class);
		MWindow model = window.getService(MWindow.class);
		IViewRegistry views = window.getWorkbench().getViewRegistry();
		if (models == null || model == null) {
			return;
		}
		for (MPart part : models.findElements(model, null, MPart.class, null, EModelService.ANYWHERE)) {
			IViewDescriptor view = part.getElementId() == null ? null : views.find(part.getElementId());
			if (view != null && !view.getLabel().equals(part.getLabel())) {
				part.setLabel(view.getLabel());
			}
		}
	}
}
