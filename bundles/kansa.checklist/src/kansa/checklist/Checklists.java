package kansa.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kansa.checklist.internal.Tree;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

/** Creating a checklist, deriving one from a catalog, and versions. */
public final class Checklists {

	public static final String FIRST_VERSION = "1.0";

	private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)(\\D*)$");

	private Checklists() {
	}

	/** A new, empty checklist of the user's own. */
	public static Checklist create(String id, LocalizedText title, String standard) {
		return new Checklist(id, FIRST_VERSION, title, standard, "", LocalizedText.EMPTY, "", "新規作成 / created",
				List.of());
	}

	/**
	 * A copy of a catalog checklist to adapt for one client or one scope. Items and sections keep their ids, so
	 * every item stays linked to the item of the source it came from ({@code derivedFrom} names the source and
	 * its version).
	 */
	public static Checklist derive(Checklist source, String newId, LocalizedText title) {
		return derive(source, newId, title, i -> true);
	}

	/** As {@link #derive(Checklist, String, LocalizedText)}, keeping only some items; emptied sections go. */
	public static Checklist derive(Checklist source, String newId, LocalizedText title, Predicate<ChecklistItem> keep) {
		List<Section> sections = prune(Tree.mapAll(source.sections(),
				s -> Tree.withContent(s, s.items().stream().filter(keep).toList(), s.sections())));
		return new Checklist(newId, FIRST_VERSION, title == null || title.isEmpty() ? source.title() : title,
				source.standard(), source.edition(), source.description(), source.reference(),
				source.reference() + " から派生 / derived from " + source.reference(), sections);
	}

	private static List<Section> prune(List<Section> sections) {
		List<Section> out = new ArrayList<>();
		for (Section s : sections) {
			List<Section> children = prune(s.sections());
			if (!s.items().isEmpty() || !children.isEmpty()) {
				out.add(Tree.withContent(s, s.items(), children));
			}
		}
		return out;
	}

	/** The same checklist as a new version with its change note; the content is unchanged. */
	public static Checklist asVersion(Checklist c, String version, String changeNote) {
		return new Checklist(c.id(), version, c.title(), c.standard(), c.edition(), c.description(), c.derivedFrom(),
				changeNote, c.sections());
	}

	/** The version after this one: 1.0 → 1.1, 1.9 → 1.10, 2 → 3, 2026-r1 → 2026-r2, "初版" → "初版.1". */
	public static String nextVersion(String version) {
		Matcher m = LAST_NUMBER.matcher(version);
		if (!m.find()) {
			return version + ".1";
		}
		String digits = m.group(1);
		String next = new java.math.BigInteger(digits).add(java.math.BigInteger.ONE).toString();
		return version.substring(0, m.start(1)) + next + m.group(2);
	}
}
