package kansa.ui.internal.navigator;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import kansa.ui.navigator.NavigatorFolder;

/** Tree content: the input is the list of top-level nodes of every contribution. */
final class NavigatorContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> roots ? roots.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof NavigatorFolder folder ? folder.children().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof NavigatorFolder folder && !folder.children().isEmpty();
	}
}
