package kansa.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Shows one of Kansa's views again after it was closed; the view id is the command's parameter. */
public final class ShowViewHandler extends AbstractHandler {

	public static final String PARAMETER = "kansa.ui.view";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String id = event.getParameter(PARAMETER);
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(id);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
