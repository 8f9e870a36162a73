package kansa.core.checklist;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import kansa.core.internal.Checks;
import kansa.core.text.LocalizedText;

/**
 * A checklist: a tree of sections and items, identified by id and version.
 *
 * @param id          stable key, e.g. {@code iso27001-2022}
 * @param version     version of this checklist's content (not of the standard), e.g. {@code 1.0}
 * @param title       display title
 * @param standard    the standard the checklist is written against, e.g. {@code ISO/IEC 27001:2022}
 * @param edition     edition or revision of that standard as consultants name it, e.g. {@code JIS Q 27001:2023}
 * @param description what the checklist covers and how to use it
 * @param derivedFrom {@code id@version} of the checklist this one was derived from, or empty
 * @param changeNote  what changed in this version
 * @param sections    top-level sections
 */
public record Checklist(String id, String version, LocalizedText title, String standard, String edition,
		LocalizedText description, String derivedFrom, String changeNote, List<Section> sections) {

	public Checklist {
		id = Checks.id(id, "checklist.id");
		version = Checks.notBlank(version, "checklist " + id + ": version");
		title = Checks.notNull(title, "checklist " + id + ": title");
		if (title.isEmpty()) {
			throw new IllegalArgumentException("checklist " + id + ": title must not be empty");
		}
		standard = Checks.text(standard);
		edition = Checks.text(edition);
		description = description == null ? LocalizedText.EMPTY : description;
		derivedFrom = Checks.text(derivedFrom);
		changeNote = Checks.text(changeNote);
		sections = Checks.list(sections, "checklist " + id + ": sections");
		List<String> dups = Section.duplicateIds(sections);
		if (!dups.isEmpty()) {
			throw new IllegalArgumentException("checklist " + id + ": duplicate ids " + dups);
		}
	}

	/** All items in document order. */
	public Stream<ChecklistItem> items() {
		return sections.stream().flatMap(Section::allItems);
	}

	public int itemCount() {
		return (int) items().count();
	}

	public Optional<ChecklistItem> item(String itemId) {
		return items().filter(i -> i.id().equals(itemId)).findFirst();
	}

	/** The top-level section that contains the item, used to group results by clause. */
	public Optional<Section> topSectionOf(String itemId) {
		return sections.stream().filter(s -> s.allItems().anyMatch(i -> i.id().equals(itemId))).findFirst();
	}

	/** {@code id@version}, the reference other checklists and audits keep. */
	public String reference() {
		return id + "@" + version;
	}
}
