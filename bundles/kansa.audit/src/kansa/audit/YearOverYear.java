package kansa.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kansa.core.audit.Audit;
import kansa.core.checklist.ChecklistItem;

/**
 * Compares two audits of a client item by item (matched by stable item id, so renumbering between checklist
 * versions does not break the comparison): current checklist order first, then items that were dropped.
 */
public final class YearOverYear {

	private YearOverYear() {
	}

	public static List<VerdictChange> compare(Audit previous, Audit current) {
		Map<String, ChecklistItem> before = new LinkedHashMap<>();
		previous.checklist().items().forEach(i -> before.put(i.id(), i));
		List<VerdictChange> rows = new ArrayList<>();
		current.checklist().items().forEach(i -> rows.add(new VerdictChange(i.id(), i.number(),
				i.title().get(Locale.JAPANESE), before.containsKey(i.id()) ? previous.verdictOf(i.id()) : null,
				current.verdictOf(i.id()))));
		before.values().stream().filter(i -> current.checklist().item(i.id()).isEmpty())
				.forEach(i -> rows.add(new VerdictChange(i.id(), i.number(), i.title().get(Locale.JAPANESE),
						previous.verdictOf(i.id()), null)));
		return rows;
	}
}
