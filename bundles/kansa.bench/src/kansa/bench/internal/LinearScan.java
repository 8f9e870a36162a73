package kansa.bench.internal;

import java.util.ArrayList;
import java.util.List;

import kansa.core.incident.Incident;
import kansa.incidents.search.IncidentQuery;

/**
 * The benchmark's baseline: what a program without an index does — look at every incident, test each word as a
 * substring of its text and apply the filters. (Substrings also match inside other words, e.g. 京都 in 東京都.)
 */
final class LinearScan {

	private LinearScan() {
	}

	static List<Incident> search(List<Incident> incidents, IncidentQuery q) {
		String[] words = q.text().isEmpty() ? new String[0] : q.text().split("\\s+");
		List<Incident> hits = new ArrayList<>();
		for (Incident i : incidents) {
			if (matches(i, q, words)) {
				hits.add(i);
			}
		}
		return hits;
	}

	private static boolean matches(Incident i, IncidentQuery q, String[] words) {
		if (!q.causes().isEmpty() && i.allCauses().stream().noneMatch(q.causes()::contains)) {
			return false;
		}
		if (!q.dataTypes().isEmpty() && i.dataTypes().stream().noneMatch(q.dataTypes()::contains)) {
			return false;
		}
		if (!q.industries().isEmpty() && !q.industries().contains(i.industry())) {
			return false;
		}
		if (q.year() != null && i.year() != q.year()) {
			return false;
		}
		if (q.minRecords() != null && (i.recordsAffected() == null || i.recordsAffected() < q.minRecords())) {
			return false;
		}
		if (q.mappedItem() != null && i.mappedItems().stream()
				.noneMatch(m -> m.itemId().equals(q.mappedItem()) || (m.checklistId() + "/" + m.itemId()).equals(q.mappedItem()))) {
			return false;
		}
		for (String w : words) {
			if (!i.narrative().contains(w) && !i.cause().contains(w) && !i.organization().contains(w)
					&& !i.service().contains(w) && i.dataTypes().stream().noneMatch(d -> d.contains(w))) {
				return false;
			}
		}
		return true;
	}
}
