package kansa.ui.internal.navigator;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** Tree content: the input is the list of top-level folders built by {@link WorkspaceIndex}. */
final class NavigatorContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> roots ? roots.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof NavigatorNode node ? node.children().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof NavigatorNode node && !node.children().isEmpty();
	}
}
