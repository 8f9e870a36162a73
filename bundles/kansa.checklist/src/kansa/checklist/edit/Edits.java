package kansa.checklist.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import kansa.checklist.internal.Tree;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.NotApplicable;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

/**
 * The authoring steps the checklist editor offers, as commands for {@link ChecklistEditor}. Indexes are 0-based;
 * a negative index appends. Ids never change: renumbering changes display numbers only, so audits and derived
 * checklists keep pointing at the same items.
 */
public final class Edits {

	@FunctionalInterface
	private interface Step {
		Checklist apply(Checklist c) throws EditException;
	}

	private record Command(String label, Step step) implements EditCommand {
		@Override
		public Checklist apply(Checklist checklist) throws EditException {
			return step.apply(checklist);
		}
	}

	private Edits() {
	}

	private static EditCommand command(String label, Step step) {
		return new Command(label, step);
	}

	// --- sections -------------------------------------------------------------------------------------------

	/** Adds a section under a parent, or at the top level when {@code parentId} is null. */
	public static EditCommand addSection(String parentId, int index, Section section) {
		Objects.requireNonNull(section, "section");
		return command("セクション " + section.id() + " を追加 / add section", c -> {
			if (Tree.section(c, section.id()).isPresent()) {
				throw new EditException("セクション ID " + section.id() + " は既に使われています / section id already used");
			}
			if (parentId != null) {
				requireSection(c, parentId);
			}
			return Tree.withSections(c, Tree.insertSection(c.sections(), parentId, index, section));
		});
	}

	public static EditCommand editSection(String sectionId, String number, LocalizedText title) {
		return command("セクション " + sectionId + " を編集 / edit section", c -> {
			requireSection(c, sectionId);
			return Tree.withSections(c, Tree.mapSection(c.sections(), sectionId,
					s -> new Section(s.id(), number, title, s.items(), s.sections())));
		});
	}

	/** Moves a section (with everything in it) under another parent, or to the top level when null. */
	public static EditCommand moveSection(String sectionId, String newParentId, int index) {
		return command("セクション " + sectionId + " を移動 / move section", c -> {
			Section s = requireSection(c, sectionId);
			if (newParentId != null) {
				requireSection(c, newParentId);
				if (s.allSections().anyMatch(x -> x.id().equals(newParentId))) {
					throw new EditException("セクション " + sectionId + " を自分の下位に移動できません / cannot move a section into itself");
				}
			}
			List<Section> without = Tree.removeSection(c.sections(), sectionId);
			return Tree.withSections(c, Tree.insertSection(without, newParentId, index, s));
		});
	}

	/** Deletes a section with its items and sub-sections. */
	public static EditCommand deleteSection(String sectionId) {
		return command("セクション " + sectionId + " を削除 / delete section", c -> {
			requireSection(c, sectionId);
			return Tree.withSections(c, Tree.removeSection(c.sections(), sectionId));
		});
	}

	// --- items ----------------------------------------------------------------------------------------------

	public static EditCommand addItem(String sectionId, int index, ChecklistItem item) {
		Objects.requireNonNull(item, "item");
		return command("項目 " + item.id() + " を追加 / add item", c -> {
			requireSection(c, sectionId);
			if (c.item(item.id()).isPresent()) {
				throw new EditException("項目 ID " + item.id() + " は既に使われています / item id already used");
			}
			return Tree.withSections(c, Tree.insertItem(c.sections(), sectionId, index, item));
		});
	}

	/** Replaces the item with the same id. */
	public static EditCommand editItem(ChecklistItem changed) {
		Objects.requireNonNull(changed, "item");
		return command("項目 " + changed.id() + " を編集 / edit item", c -> {
			requireItem(c, changed.id());
			return Tree.withSections(c, Tree.replaceItem(c.sections(), changed));
		});
	}

	/** Edits an item through a function, e.g. {@code i -> Items.withQuestions(i, ...)}; the id must stay. */
	public static EditCommand editItem(String itemId, String label, UnaryOperator<ChecklistItem> change) {
		return command("項目 " + itemId + ": " + label, c -> {
			ChecklistItem after = change.apply(requireItem(c, itemId));
			if (!after.id().equals(itemId)) {
				throw new EditException("項目の ID は変更できません / an item's id cannot change: " + itemId);
			}
			return Tree.withSections(c, Tree.replaceItem(c.sections(), after));
		});
	}

	public static EditCommand moveItem(String itemId, String targetSectionId, int index) {
		return command("項目 " + itemId + " を移動 / move item", c -> {
			ChecklistItem item = requireItem(c, itemId);
			requireSection(c, targetSectionId);
			List<Section> without = Tree.removeItem(c.sections(), itemId);
			return Tree.withSections(c, Tree.insertItem(without, targetSectionId, index, item));
		});
	}

	public static EditCommand deleteItem(String itemId) {
		return command("項目 " + itemId + " を削除 / delete item", c -> {
			requireItem(c, itemId);
			return Tree.withSections(c, Tree.removeItem(c.sections(), itemId));
		});
	}

	/**
	 * Marks an item not applicable (適用除外) for a scope; an empty scope means everywhere. Replaces an earlier mark
	 * for the same scope.
	 */
	public static EditCommand markNotApplicable(String itemId, String scope, String reason) {
		NotApplicable mark = new NotApplicable(scope, reason);
		return editItem(itemId, "適用除外 " + (mark.scope().isEmpty() ? "(全体)" : mark.scope()) + " / not applicable",
				i -> {
					List<NotApplicable> marks = new ArrayList<>(i.notApplicable());
					marks.removeIf(n -> n.scope().equals(mark.scope()));
					marks.add(mark);
					return Items.withNotApplicable(i, marks);
				});
	}

	public static EditCommand clearNotApplicable(String itemId, String scope) {
		String s = scope == null ? "" : scope.strip();
		return editItem(itemId, "適用除外を解除 / applicable again", i -> Items.withNotApplicable(i,
				i.notApplicable().stream().filter(n -> !n.scope().equals(s)).toList()));
	}

	// --- whole checklist ------------------------------------------------------------------------------------

	/**
	 * Renumbers sections and items in document order: top-level sections 1, 2, …; inside section 1 its items are
	 * 1.1, 1.2, … and its sub-sections continue the count (1.3, 1.4, …). Ids are kept.
	 */
	public static EditCommand renumber() {
		return command("番号を振り直し / renumber", c -> Tree.withSections(c, renumber(c.sections(), "", 0)));
	}

	private static List<Section> renumber(List<Section> sections, String prefix, int start) {
		List<Section> out = new ArrayList<>();
		int n = start;
		for (Section s : sections) {
			String number = prefix + (++n);
			List<ChecklistItem> items = new ArrayList<>();
			int k = 0;
			for (ChecklistItem i : s.items()) {
				items.add(Items.withNumber(i, number + "." + (++k)));
			}
			out.add(new Section(s.id(), number, s.title(), items, renumber(s.sections(), number + ".", k)));
		}
		return out;
	}

	/** Sets title, description, version and change note, keeping the content. */
	public static EditCommand editProperties(LocalizedText title, LocalizedText description, String version,
			String changeNote) {
		return command("チェックリストの情報を編集 / edit properties", c -> new Checklist(c.id(), version, title,
				c.standard(), c.edition(), description, c.derivedFrom(), changeNote, c.sections()));
	}

	// --- lookups --------------------------------------------------------------------------------------------

	private static Section requireSection(Checklist c, String sectionId) throws EditException {
		return Tree.section(c, sectionId).orElseThrow(
				() -> new EditException("セクション " + sectionId + " がありません / no such section"));
	}

	private static ChecklistItem requireItem(Checklist c, String itemId) throws EditException {
		return c.item(itemId).orElseThrow(() -> new EditException("項目 " + itemId + " がありません / no such item"));
	}
}
