package kansa.checklist.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;

/** Copy-on-write operations on the immutable checklist tree; each returns a new tree and shares the rest. */
public final class Tree {

	private Tree() {
	}

	public static Checklist withSections(Checklist c, List<Section> sections) {
		return new Checklist(c.id(), c.version(), c.title(), c.standard(), c.edition(), c.description(),
				c.derivedFrom(), c.changeNote(), sections);
	}

	public static Section withContent(Section s, List<ChecklistItem> items, List<Section> sections) {
		return new Section(s.id(), s.number(), s.title(), items, sections);
	}

	public static Optional<Section> section(Checklist c, String sectionId) {
		return c.sections().stream().flatMap(Section::allSections).filter(s -> s.id().equals(sectionId)).findFirst();
	}

	/** The section directly holding the item. */
	public static Optional<Section> sectionOfItem(Checklist c, String itemId) {
		return c.sections().stream().flatMap(Section::allSections)
				.filter(s -> s.items().stream().anyMatch(i -> i.id().equals(itemId))).findFirst();
	}

	/** The parent of a section, empty for a top-level section (or an unknown one). */
	public static Optional<Section> parentOf(Checklist c, String sectionId) {
		return c.sections().stream().flatMap(Section::allSections)
				.filter(s -> s.sections().stream().anyMatch(x -> x.id().equals(sectionId))).findFirst();
	}

	/** Replaces one section (found anywhere in the tree) by the result of the function. */
	public static List<Section> mapSection(List<Section> sections, String sectionId, UnaryOperator<Section> f) {
		List<Section> out = new ArrayList<>(sections.size());
		for (Section s : sections) {
			if (s.id().equals(sectionId)) {
				out.add(f.apply(s));
			} else {
				out.add(withContent(s, s.items(), mapSection(s.sections(), sectionId, f)));
			}
		}
		return out;
	}

	/** Applies a function to every section, children first. */
	public static List<Section> mapAll(List<Section> sections, UnaryOperator<Section> f) {
		List<Section> out = new ArrayList<>(sections.size());
		for (Section s : sections) {
			out.add(f.apply(withContent(s, s.items(), mapAll(s.sections(), f))));
		}
		return out;
	}

	public static List<Section> removeItem(List<Section> sections, String itemId) {
		return mapAll(sections, s -> withContent(s, s.items().stream().filter(i -> !i.id().equals(itemId)).toList(),
				s.sections()));
	}

	public static List<Section> replaceItem(List<Section> sections, ChecklistItem item) {
		return mapAll(sections, s -> withContent(s,
				s.items().stream().map(i -> i.id().equals(item.id()) ? item : i).toList(), s.sections()));
	}

	public static List<Section> insertItem(List<Section> sections, String sectionId, int index, ChecklistItem item) {
		return mapSection(sections, sectionId, s -> withContent(s, insert(s.items(), index, item), s.sections()));
	}

	public static List<Section> removeSection(List<Section> sections, String sectionId) {
		List<Section> out = new ArrayList<>();
		for (Section s : sections) {
			if (!s.id().equals(sectionId)) {
				out.add(withContent(s, s.items(), removeSection(s.sections(), sectionId)));
			}
		}
		return out;
	}

	/** Inserts a section under a parent, or at the top level when the parent id is null. */
	public static List<Section> insertSection(List<Section> sections, String parentId, int index, Section section) {
		if (parentId == null) {
			return insert(sections, index, section);
		}
		return mapSection(sections, parentId, p -> withContent(p, p.items(), insert(p.sections(), index, section)));
	}

	/** Inserts at index; a negative or too large index appends. */
	public static <T> List<T> insert(List<T> list, int index, T value) {
		List<T> out = new ArrayList<>(list);
		out.add(index < 0 || index > out.size() ? out.size() : index, value);
		return out;
	}
}
