package kansa.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;

import kansa.ui.internal.Messages;

/** ヘルプ → Kansa について. */
public final class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
		MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), Messages.About_title,
				NLS.bind(Messages.About_text, version, System.getProperty("java.version")));
		return null;
	}
}
