package kansa.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kansa.core.audit.Audit;
import kansa.core.audit.ItemResult;

/**
 * Three-way merge of an audit changed in two places since a common version (the workbench's editor and another
 * writer): per item result (item and site) and for the overview as a whole, what only one side changed is taken
 * from that side; what both changed differently keeps this side's version and is reported as a conflict.
 */
public final class AuditMerge {

	/** Key of the overview (everything but the item results) in {@link Result#conflicts()}. */
	public static final String OVERVIEW = "";

	/**
	 * @param audit     the merged audit
	 * @param conflicts what both sides changed: item ids ({@code item@site} for a site), {@link #OVERVIEW} for the
	 *                  overview; this side's version was kept for each
	 * @param taken     how many results (and the overview) were taken from the other side
	 */
	public record Result(Audit audit, List<String> conflicts, int taken) {
	}

	private AuditMerge() {
	}

	/**
	 * @param base   the version both started from
	 * @param mine   this side's version (kept where both changed)
	 * @param theirs the other writer's version
	 * @throws IllegalArgumentException when the merged results cannot form one audit (e.g. both sides gave a new
	 *                                  finding the same id)
	 */
	public static Result merge(Audit base, Audit mine, Audit theirs) {
		List<String> conflicts = new ArrayList<>();
		int taken = 0;
		Audit overview;
		Audit baseOverview = withResults(base, List.of());
		Audit mineOverview = withResults(mine, List.of());
		Audit theirsOverview = withResults(theirs, List.of());
		if (mineOverview.equals(baseOverview)) {
			overview = theirs;
			taken += theirsOverview.equals(baseOverview) ? 0 : 1;
		} else {
			overview = mine;
			if (!theirsOverview.equals(baseOverview) && !theirsOverview.equals(mineOverview)) {
				conflicts.add(OVERVIEW);
			}
		}
		Map<String, ItemResult> b = byKey(base);
		Map<String, ItemResult> m = byKey(mine);
		Map<String, ItemResult> t = byKey(theirs);
		Set<String> keys = new LinkedHashSet<>(t.keySet());
		keys.addAll(m.keySet());
		List<ItemResult> results = new ArrayList<>();
		for (String key : keys) {
			ItemResult base1 = b.get(key);
			ItemResult mine1 = m.get(key);
			ItemResult theirs1 = t.get(key);
			ItemResult chosen;
			if (Objects.equals(mine1, base1)) {
				chosen = theirs1;
				taken += Objects.equals(theirs1, base1) ? 0 : 1;
			} else {
				chosen = mine1;
				if (!Objects.equals(theirs1, base1) && !Objects.equals(theirs1, mine1)) {
					conflicts.add(key);
				}
			}
			if (chosen != null) {
				results.add(chosen);
			}
		}
		return new Result(withResults(overview, results), List.copyOf(conflicts), taken);
	}

	private static Map<String, ItemResult> byKey(Audit audit) {
		Map<String, ItemResult> map = new LinkedHashMap<>();
		for (ItemResult r : audit.results()) {
			map.put(r.site().isEmpty() ? r.itemId() : r.itemId() + "@" + r.site(), r);
		}
		return map;
	}

	private static Audit withResults(Audit a, List<ItemResult> results) {
		return new Audit(a.id(), a.title(), a.client(), a.scope(), a.objective(), a.criteria(), a.startDate(),
				a.endDate(), a.leadAuditor(), a.team(), a.auditees(), a.status(), a.summary(), a.checklist(), results,
				a.previousAuditId(), a.carriedOver());
	}
}
