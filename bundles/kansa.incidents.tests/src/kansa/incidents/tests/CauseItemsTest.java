package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kansa.core.incident.Incident;
import kansa.incidents.IncidentMapping;

/** The items cases of one cause violated, as suggestions for a new case of that cause. */
class CauseItemsTest {

	private static Incident incident(String id, String cause, String... items) {
		return new Incident(id, "架空組織 " + id, "", null, null, LocalDate.of(2024, 1, 1), "", 10L, "件", List.of(),
				cause, "", List.of(), java.util.Arrays.stream(items)
						.map(item -> new Incident.MappedItem("iso27001-2022", item, "")).toList());
	}

	@Test
	void mostViolatedFirstAndOnlyThatCause() {
		IncidentMapping mapping = IncidentMapping.ofIncidents(List.of(
				incident("a", "誤送信", "A.5.14", "A.6.3"),
				incident("b", "誤送信", "A.5.14"),
				incident("c", "ランサムウェア", "A.8.7"),
				incident("d", "誤送信", "A.5.14", "A.6.3", "A.5.14")));
		var items = mapping.statisticsForCause("誤送信");
		assertEquals(List.of("A.5.14", "A.6.3"), items.stream().map(IncidentMapping.ItemStatistics::itemId).toList());
		assertEquals(3, items.get(0).incidents(), "a case mapping an item twice counts once");
		assertEquals(List.of("a", "b", "d"), items.get(0).incidentIds());
		assertTrue(mapping.statisticsForCause("設定ミス").isEmpty());
	}
}
