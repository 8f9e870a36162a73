package kansa.ui.checklist.internal.editor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kansa.checklist.edit.EditCommand;
import kansa.checklist.edit.Edits;
import kansa.checklist.edit.FreshIds;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;
import kansa.ui.checklist.internal.Messages;

/**
 * The structure steps of the editor's context menu, placed relative to the tree's selection: a new item goes after
 * the selected item (or at the end of the selected section), a new section after the selected one.
 *
 * @param command the authoring step
 * @param newId   id of the element it adds, to select and edit afterwards; null for other steps
 */
record StructureEdits(EditCommand command, String newId) {

	static Optional<StructureEdits> addItem(Checklist c, Object selected, Locale locale) {
		String id = FreshIds.unused(c, "item");
		ChecklistItem item = new ChecklistItem(id, "", TextEditing.with(LocalizedText.EMPTY, locale,
				Messages.Structure_newItem), List.of(), List.of(), null, null, null, Map.of());
		if (selected instanceof ChecklistItem i) {
			return Positions.ofItem(c, i.id())
					.map(p -> new StructureEdits(Edits.addItem(p.parentId(), p.index() + 1, item), id));
		}
		Optional<String> section = selected instanceof Section s ? Optional.of(s.id())
				: c.sections().stream().reduce((a, b) -> b).map(Section::id);
		return section.map(s -> new StructureEdits(Edits.addItem(s, -1, item), id));
	}

	static StructureEdits addSection(Checklist c, Object selected, Locale locale) {
		String id = FreshIds.unused(c, "section");
		Section section = new Section(id, "", TextEditing.with(LocalizedText.EMPTY, locale,
				Messages.Structure_newSection), List.of(), List.of());
		Optional<String> anchor = Positions.sectionOf(c, selected);
		Optional<Positions> at = anchor.flatMap(s -> Positions.ofSection(c, s));
		return at.map(p -> new StructureEdits(Edits.addSection(p.parentId(), p.index() + 1, section), id))
				.orElseGet(() -> new StructureEdits(Edits.addSection(null, -1, section), id));
	}

	static Optional<StructureEdits> delete(Object selected) {
		if (selected instanceof ChecklistItem i) {
			return Optional.of(new StructureEdits(Edits.deleteItem(i.id()), null));
		}
		if (selected instanceof Section s) {
			return Optional.of(new StructureEdits(Edits.deleteSection(s.id()), null));
		}
		return Optional.empty();
	}
}
