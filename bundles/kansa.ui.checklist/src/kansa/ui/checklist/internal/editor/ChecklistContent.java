package kansa.ui.checklist.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;

/**
 * Sections and items of the checklist the editor holds. The tree's input is the editor part's {@link Root}, whose
 * checklist changes with every edit; elements compare by id, so a refresh keeps what was expanded and selected.
 */
final class ChecklistContent implements ITreeContentProvider {

	/** The tree's input: the current checklist, replaced after each edit. */
	static final class Root {
		Checklist checklist;

		Root(Checklist checklist) {
			this.checklist = checklist;
		}
	}

	/** Sections equal sections, items equal items, by id. */
	static final IElementComparer BY_ID = new IElementComparer() {
		@Override
		public boolean equals(Object a, Object b) {
			return key(a).equals(key(b));
		}

		@Override
		public int hashCode(Object element) {
			return key(element).hashCode();
		}

		private Object key(Object o) {
			if (o instanceof Section s) {
				return "S:" + s.id();
			}
			if (o instanceof ChecklistItem i) {
				return "I:" + i.id();
			}
			return o;
		}
	};

	private Root root;

	@Override
	public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
		root = newInput instanceof Root r ? r : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Root r ? r.checklist.sections().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Section s) {
			List<Object> children = new ArrayList<>(s.items());
			children.addAll(s.sections());
			return children.toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (root == null) {
			return null;
		}
		Checklist c = root.checklist;
		String parentId = element instanceof ChecklistItem i ? Positions.ofItem(c, i.id()).map(Positions::parentId)
				.orElse(null)
				: element instanceof Section s ? Positions.ofSection(c, s.id()).map(Positions::parentId).orElse(null)
						: null;
		return parentId == null ? null
				: c.sections().stream().flatMap(Section::allSections).filter(s -> s.id().equals(parentId)).findFirst()
						.orElse(null);
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Section s && (!s.items().isEmpty() || !s.sections().isEmpty());
	}
}
