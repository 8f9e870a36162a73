package kansa.core.checklist;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import kansa.core.internal.Checks;
import kansa.core.text.LocalizedText;

/** A heading of a checklist with its items, then its sub-sections. */
public record Section(String id, String number, LocalizedText title, List<ChecklistItem> items, List<Section> sections) {

	public Section {
		id = Checks.id(id, "section.id");
		number = Checks.text(number);
		title = Checks.notNull(title, "section " + id + ": title");
		items = Checks.list(items, "section " + id + ": items");
		sections = Checks.list(sections, "section " + id + ": sections");
	}

	/** Items of this section and all sub-sections, in document order. */
	public Stream<ChecklistItem> allItems() {
		return Stream.concat(items.stream(), sections.stream().flatMap(Section::allItems));
	}

	/** This section and all sub-sections, depth first. */
	public Stream<Section> allSections() {
		return Stream.concat(Stream.of(this), sections.stream().flatMap(Section::allSections));
	}

	public String label(java.util.Locale locale) {
		String t = title.get(locale);
		return number.isEmpty() ? t : number + " " + t;
	}

	/** Ids used more than once among sections, and among items (a section and an item may share one). */
	static List<String> duplicateIds(List<Section> roots) {
		Set<String> seen = new HashSet<>();
		Set<String> dups = new LinkedHashSet<>();
		roots.stream().flatMap(Section::allSections).forEach(s -> {
			if (!seen.add("s:" + s.id())) {
				dups.add(s.id());
			}
			s.items().forEach(i -> {
				if (!seen.add("i:" + i.id())) {
					dups.add(i.id());
				}
			});
		});
		return List.copyOf(dups);
	}
}
