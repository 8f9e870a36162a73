package kansa.ui.checklist.internal.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import kansa.checklist.diff.ChecklistDiff;
import kansa.checklist.diff.ChecklistDiff.FieldChange;
import kansa.checklist.diff.ChecklistDiff.ItemChange;
import kansa.checklist.diff.ChecklistDiff.Kind;
import kansa.checklist.diff.ChecklistDiff.SectionChange;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.Section;
import kansa.ui.checklist.internal.Messages;

/**
 * A {@link ChecklistDiff} as the rows of the diff tree: one row per changed checklist property, section and item,
 * with one child row per changed field (old → new) and one for a move.
 */
public record DiffRows(List<Row> rows) {

	/** How a row is coloured. */
	public enum Change {
		ADDED, REMOVED, MOVED, EDITED, MOVED_EDITED, FIELD
	}

	/** One line of the tree: what changed, the text before and after, and its field rows. */
	public record Row(Change change, String what, String before, String after, List<Row> children) {
		public Row {
			children = List.copyOf(children);
		}

		public String changeLabel() {
			return switch (change) {
				case ADDED -> Messages.History_added;
				case REMOVED -> Messages.History_removed;
				case MOVED -> Messages.History_moved;
				case EDITED -> Messages.History_edited;
				case MOVED_EDITED -> Messages.History_movedEdited;
				case FIELD -> "";
			};
		}
	}

	private static final Pattern FIELD = Pattern.compile("(\\w+)(?:\\[(.+)\\])?(?:\\.(ja|en))?");

	/** The rows of {@code d}, the diff of {@code older} to {@code newer}; a move names sections by number and title. */
	public static DiffRows of(ChecklistDiff d, Checklist older, Checklist newer, Locale locale) {
		return of(d, id -> sectionLabel(older, id, locale), id -> sectionLabel(newer, id, locale));
	}

	private static String sectionLabel(Checklist c, String id, Locale locale) {
		return c.sections().stream().flatMap(Section::allSections).filter(s -> s.id().equals(id)).findFirst()
				.map(s -> s.label(locale)).orElse(id);
	}

	private static DiffRows of(ChecklistDiff d, UnaryOperator<String> olderSection, UnaryOperator<String> newerSection) {
		List<Row> rows = new ArrayList<>();
		if (!d.fields().isEmpty()) {
			rows.add(new Row(Change.EDITED, Messages.History_checklist, "", "", fields(d.fields())));
		}
		for (SectionChange s : d.sections()) {
			rows.add(new Row(change(s.kind()), NLS.bind(Messages.History_sectionLabel, s.label()), "", "",
					fields(s.fields())));
		}
		for (ItemChange i : d.items()) {
			List<Row> children = new ArrayList<>();
			if (i.moved()) {
				ChecklistDiff.Move m = i.move();
				children.add(new Row(Change.FIELD, Messages.History_position,
						olderSection.apply(m.fromSection()) + " #" + m.fromPosition(),
						newerSection.apply(m.toSection()) + " #" + m.toPosition(), List.of()));
			}
			children.addAll(fields(i.fields()));
			Change c = switch (i.kind()) {
				case ADDED -> Change.ADDED;
				case REMOVED -> Change.REMOVED;
				case CHANGED -> i.moved() && i.edited() ? Change.MOVED_EDITED : i.moved() ? Change.MOVED : Change.EDITED;
			};
			rows.add(new Row(c, i.label(), "", "", children));
		}
		return new DiffRows(rows);
	}

	private static Change change(Kind kind) {
		return switch (kind) {
			case ADDED -> Change.ADDED;
			case REMOVED -> Change.REMOVED;
			case CHANGED -> Change.EDITED;
		};
	}

	private static List<Row> fields(List<FieldChange> changes) {
		return changes.stream().map(f -> new Row(Change.FIELD, label(f.field()), f.before(), f.after(), List.of()))
				.toList();
	}

	/** {@code questions[2].en} → 「質問 2（英語）」; {@code extras[備考]} → 「備考」. */
	static String label(String field) {
		Matcher m = FIELD.matcher(field);
		if (!m.matches()) {
			return field;
		}
		String index = m.group(2);
		String base = switch (m.group(1)) {
			case "number" -> Messages.Diff_number;
			case "title" -> Messages.Diff_title;
			case "requirements" -> Messages.Diff_requirements;
			case "questions" -> NLS.bind(Messages.Diff_question, index);
			case "howToCheck" -> Messages.Diff_howToCheck;
			case "expectedEvidence" -> Messages.Diff_expectedEvidence;
			case "guidance" -> Messages.Diff_guidance;
			case "related" -> Messages.Diff_related;
			case "notApplicable" -> Messages.Diff_notApplicable;
			case "description" -> Messages.Diff_description;
			case "standard" -> Messages.Diff_standard;
			case "edition" -> Messages.Diff_edition;
			case "derivedFrom" -> Messages.Diff_derivedFrom;
			case "extras" -> index;
			default -> field;
		};
		return "en".equals(m.group(3)) ? NLS.bind(Messages.Diff_english, base) : base;
	}
}
