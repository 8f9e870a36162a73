package kansa.checklist.edit;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.Section;

/**
 * Ids for sections and items the user adds. Ids are never shown and never change afterwards, so they only need
 * to be unused in the checklist; audits and derived checklists then keep pointing at the right element.
 */
public final class FreshIds {

	private FreshIds() {
	}

	/** The first of {@code prefix-1}, {@code prefix-2}, … that no section or item of the checklist uses. */
	public static String unused(Checklist checklist, String prefix) {
		Set<String> used = new HashSet<>();
		checklist.sections().stream().flatMap(Section::allSections)
				.flatMap(s -> Stream.concat(Stream.of(s.id()), s.items().stream().map(i -> i.id())))
				.forEach(used::add);
		int n = 1;
		while (used.contains(prefix + "-" + n)) {
			n++;
		}
		return prefix + "-" + n;
	}
}
