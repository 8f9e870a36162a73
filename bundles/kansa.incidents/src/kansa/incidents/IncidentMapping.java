package kansa.incidents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;

/**
 * The incidents of every library present, and how they map to checklist items: the cases behind an item (for
 * the report's related-incidents section and the workbench) and statistics per item and per cause. A snapshot:
 * build a new one when libraries come or go.
 */
public final class IncidentMapping {

	/** How often an item was violated, and how many records those cases affected. */
	public record ItemStatistics(String checklistId, String itemId, int incidents, long totalRecords,
			List<String> incidentIds) {
	}

	/** Cases and affected records per main cause. */
	public record CauseStatistics(String cause, int incidents, long totalRecords) {
	}

	private static final Comparator<Incident> NEWEST_FIRST = Comparator.comparingInt(Incident::year).reversed()
			.thenComparing(Incident::id);

	private final List<Incident> incidents;

	private IncidentMapping(List<Incident> incidents) {
		this.incidents = List.copyOf(incidents);
	}

	/** The incidents of all libraries; when two libraries hold the same id, the first library's case is kept. */
	public static IncidentMapping of(Collection<? extends IncidentLibrary> libraries) {
		Map<String, Incident> byId = new LinkedHashMap<>();
		libraries.stream().sorted(Comparator.comparing(IncidentLibrary::id))
				.forEach(l -> l.incidents().forEach(i -> byId.putIfAbsent(i.id(), i)));
		return new IncidentMapping(new ArrayList<>(byId.values()));
	}

	public static IncidentMapping ofIncidents(List<Incident> incidents) {
		Map<String, Incident> byId = new LinkedHashMap<>();
		incidents.forEach(i -> byId.putIfAbsent(i.id(), i));
		return new IncidentMapping(new ArrayList<>(byId.values()));
	}

	public List<Incident> incidents() {
		return incidents;
	}

	public Optional<Incident> find(String id) {
		return incidents.stream().filter(i -> i.id().equals(id)).findFirst();
	}

	/** Cases mapped to one checklist item, newest first. */
	public List<Incident> incidentsFor(String checklistId, String itemId) {
		return incidents.stream().filter(i -> i.violates(checklistId, itemId)).sorted(NEWEST_FIRST).toList();
	}

	public ItemStatistics statisticsFor(String checklistId, String itemId) {
		List<Incident> cases = incidentsFor(checklistId, itemId);
		return new ItemStatistics(checklistId, itemId, cases.size(), totalRecords(cases),
				cases.stream().map(Incident::id).toList());
	}

	/** Every item of a checklist that some case violated, the most violated first. */
	public List<ItemStatistics> statisticsByItem(String checklistId) {
		Map<String, List<Incident>> byItem = new LinkedHashMap<>();
		for (Incident i : incidents) {
			i.mappedItems().stream().filter(m -> m.checklistId().equals(checklistId)).map(Incident.MappedItem::itemId)
					.distinct().forEach(item -> byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(i));
		}
		return byItem.entrySet().stream()
				.map(e -> new ItemStatistics(checklistId, e.getKey(), e.getValue().size(), totalRecords(e.getValue()),
						e.getValue().stream().map(Incident::id).toList()))
				.sorted(Comparator.comparingInt(ItemStatistics::incidents).reversed()
						.thenComparing(ItemStatistics::itemId))
				.toList();
	}

	/**
	 * Items that cases of a cause (main or secondary) violated, the most often first: what a new case of that
	 * cause likely violates too, for the consultant to confirm.
	 */
	public List<ItemStatistics> statisticsForCause(String cause) {
		Map<List<String>, List<Incident>> byItem = new LinkedHashMap<>();
		for (Incident i : incidents) {
			if (i.allCauses().contains(cause)) {
				i.mappedItems().stream().map(m -> List.of(m.checklistId(), m.itemId())).distinct()
						.forEach(key -> byItem.computeIfAbsent(key, k -> new ArrayList<>()).add(i));
			}
		}
		return byItem.entrySet().stream()
				.map(e -> new ItemStatistics(e.getKey().get(0), e.getKey().get(1), e.getValue().size(),
						totalRecords(e.getValue()), e.getValue().stream().map(Incident::id).toList()))
				.sorted(Comparator.comparingInt(ItemStatistics::incidents).reversed()
						.thenComparing(ItemStatistics::checklistId).thenComparing(ItemStatistics::itemId))
				.toList();
	}

	/** Cases per main cause ({@code （不明）} when none), the most frequent first. */
	public List<CauseStatistics> statisticsByCause() {
		Map<String, List<Incident>> byCause = new LinkedHashMap<>();
		for (Incident i : incidents) {
			byCause.computeIfAbsent(i.cause().isEmpty() ? "（不明）" : i.cause(), k -> new ArrayList<>()).add(i);
		}
		return byCause.entrySet().stream()
				.map(e -> new CauseStatistics(e.getKey(), e.getValue().size(), totalRecords(e.getValue())))
				.sorted(Comparator.comparingInt(CauseStatistics::incidents).reversed()
						.thenComparing(CauseStatistics::cause))
				.toList();
	}

	private static long totalRecords(List<Incident> cases) {
		return cases.stream().mapToLong(i -> i.recordsAffected() == null ? 0 : i.recordsAffected()).sum();
	}
}
