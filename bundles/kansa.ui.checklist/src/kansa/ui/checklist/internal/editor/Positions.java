package kansa.ui.checklist.internal.editor;

import java.util.List;
import java.util.Optional;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;

/** Where an item or a section sits in a checklist: its parent section (null for the top level) and its index. */
record Positions(String parentId, int index) {

	static Optional<Positions> ofItem(Checklist c, String itemId) {
		return c.sections().stream().flatMap(Section::allSections).flatMap(s -> {
			List<ChecklistItem> items = s.items();
			for (int i = 0; i < items.size(); i++) {
				if (items.get(i).id().equals(itemId)) {
					return java.util.stream.Stream.of(new Positions(s.id(), i));
				}
			}
			return java.util.stream.Stream.empty();
		}).findFirst();
	}

	static Optional<Positions> ofSection(Checklist c, String sectionId) {
		Optional<Positions> top = indexIn(c.sections(), null, sectionId);
		if (top.isPresent()) {
			return top;
		}
		return c.sections().stream().flatMap(Section::allSections)
				.map(s -> indexIn(s.sections(), s.id(), sectionId)).flatMap(Optional::stream).findFirst();
	}

	private static Optional<Positions> indexIn(List<Section> sections, String parentId, String sectionId) {
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).id().equals(sectionId)) {
				return Optional.of(new Positions(parentId, i));
			}
		}
		return Optional.empty();
	}

	/** The section an element of the tree belongs to: itself for a section, its parent for an item. */
	static Optional<String> sectionOf(Checklist c, Object element) {
		if (element instanceof Section s) {
			return Optional.of(s.id());
		}
		if (element instanceof ChecklistItem i) {
			return ofItem(c, i.id()).map(Positions::parentId);
		}
		return Optional.empty();
	}
}
