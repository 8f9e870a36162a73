package kansa.ui.navigator;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import kansa.workspace.Workspace;

/**
 * A bundle's part of the workspace navigator, registered as an OSGi service (a DS component): its top-level
 * folders, how its lines look and what opening one does. kansa.ui knows no contributor: audits, checklists and
 * incident cases each come from their feature bundle, and a new bundle (a firm's own view) adds itself the same
 * way. Context-menu commands for the lines go to {@code popup:kansa.ui.navigator} in the bundle's plugin.xml.
 */
public interface NavigatorContribution {

	/** Where this contribution's folders go among the others', smaller first. */
	int position();

	/**
	 * The top-level nodes for the workspace, usually one {@link NavigatorFolder}. Called off the UI thread, as it
	 * reads files; a document that cannot be read becomes a {@link NavigatorNote} (see {@link WorkspaceReads}).
	 */
	List<Object> roots(Workspace workspace, Locale locale);

	/** The line of one of this contribution's own elements; null for an element it did not create. */
	NavigatorLabel label(Object element);

	/**
	 * Opens the element (in its editor, a view, by a command); false when it is not this contribution's to open.
	 * Called on the UI thread; the navigator asks each contribution in turn until one opens it.
	 */
	boolean open(Object element, IWorkbenchPage page) throws CoreException;

	/**
	 * Opens the document {@code id} of the workspace named on the command line ({@code -kansa.open ID}); null when
	 * this contribution has no document of that id.
	 */
	default IEditorPart openDocument(Workspace workspace, String id, IWorkbenchPage page) throws PartInitException {
		return null;
	}

	/**
	 * Hears when {@link #roots} would change although the workspace did not (a catalog or library installed);
	 * the listener may run on any thread.
	 */
	default void addChangeListener(Runnable listener) {
	}

	default void removeChangeListener(Runnable listener) {
	}
}
