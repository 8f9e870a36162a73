package kansa.ui.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Removes the IDE-style trim the compatibility layer adds to every window and that means nothing in Kansa: the
 * annotation and history navigation tool bar, and the "Find Actions" search field.
 */
final class TrimCleaner {

	private static final List<String> UNWANTED = List.of("org.eclipse.ui.workbench.navigate", "SearchField",
			"Search-PS Glue", "Spacer Glue");

	private TrimCleaner() {
	}

	static void clean(IWorkbenchWindow window) {
		EModelService models = window.getService(EModelService.class);
		MUIElement model = window.getService(MWindow.class);
		if (model == null) {
			model = window.getService(MApplication.class);
		}
		if (models == null || model == null) {
			return;
		}
		for (String id : UNWANTED) {
			MUIElement element = models.find(id, model);
			if (element != null) {
				element.setToBeRendered(false);
			}
		}
	}
}
