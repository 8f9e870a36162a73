package kansa.ui.editors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISaveablePart2;

import kansa.ui.internal.Messages;

/**
 * The Kansa editors' save questions in the user's language. Editors implement
 * {@link ISaveablePart2#promptToSaveOnClose()} with {@link #askOnClose}: the workbench then asks each dirty editor
 * itself (closing editors or the window) instead of showing its own English "Save Resources" list.
 */
public final class SavePrompt {

	private SavePrompt() {
	}

	/**
	 * Asks whether to save the editor's changes before it closes.
	 *
	 * @param label what the user knows the document by (its tab title)
	 * @return {@link ISaveablePart2#YES}, {@link ISaveablePart2#NO} or {@link ISaveablePart2#CANCEL}
	 */
	public static int askOnClose(Shell shell, String label) {
		MessageDialog dialog = new MessageDialog(shell, Messages.SavePrompt_title, null,
				NLS.bind(Messages.SavePrompt_message, label), MessageDialog.QUESTION, 0, Messages.SavePrompt_save,
				Messages.SavePrompt_discard, Messages.SavePrompt_cancel);
		return switch (dialog.open()) {
			case 0 -> ISaveablePart2.YES;
			case 1 -> ISaveablePart2.NO;
			default -> ISaveablePart2.CANCEL; // Cancel, Esc or the window's close box
		};
	}

	/**
	 * Says why a save failed and cancels the monitor, so that a window or editor that was closing stays open with
	 * the unsaved work.
	 */
	public static void saveFailed(Shell shell, IProgressMonitor monitor, String reason) {
		MessageDialog.openError(shell, Messages.SavePrompt_failedTitle, reason);
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}
}
