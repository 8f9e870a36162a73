package kansa.ui.navigator;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;

/**
 * A node that groups others: a contribution's top-level folder, a client with its audits, the built-in
 * checklists. The navigator draws and expands it; its children are other folders, notes or the contribution's
 * own elements.
 *
 * @param key   the folder's identity, unique in its parent: the tree keeps a folder expanded while its content
 *              changes, and a refresh builds new folders
 * @param image null for the plain folder icon
 */
public record NavigatorFolder(String key, String label, ImageDescriptor image, List<Object> children) {

	public NavigatorFolder {
		Objects.requireNonNull(key);
		children = List.copyOf(children);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof NavigatorFolder f && f.key.equals(key);
	}

	@Override
	public int hashCode() {
		return key.hashCode();
	}
}
