package kansa.incidents.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kansa.core.incident.DatePrecision;
import kansa.core.incident.Incident;

/**
 * The fields a consultant confirmed or corrected in a draft, ready to become an incident. Whatever the review
 * does not cover (incident period, actors, timeline, countermeasures, cited URLs) is kept from the draft.
 *
 * @param source      where the article was read (URL, title, publication date); null or empty when not given
 * @param mappedItems checklist items the consultant confirmed the case violated
 */
public record DraftReview(String id, String organization, String industry, LocalDate announced,
		DatePrecision announcedPrecision, LocalDate discovered, DatePrecision discoveredPrecision, Long recordsAffected,
		Long personsAffected, List<String> dataTypes, String cause, String discoveryRoute, String narrative,
		Incident.Source source, List<Incident.MappedItem> mappedItems) {

	public DraftReview {
		dataTypes = List.copyOf(dataTypes);
		mappedItems = List.copyOf(mappedItems);
	}

	/** The reviewed incident; validation is the record's own (organisation, id, counts, date order). */
	public Incident apply(IncidentDraft draft) {
		Incident base = draft.toIncident(id, narrative);
		Map<String, DatePrecision> precision = new LinkedHashMap<>(base.datePrecision());
		putPrecision(precision, "announced", announced, announcedPrecision);
		putPrecision(precision, "discovered", discovered, discoveredPrecision);
		FoundCount found = draft.recordsAffected();
		// the range, 約 and unit the article gave belong to its count; a corrected count is taken as exact
		boolean sameCount = found != null && Objects.equals(found.value(), recordsAffected);
		Long max = sameCount ? found.max() : null;
		boolean approximate = sameCount && found.approximate();
		String unit = found != null ? found.unit() : recordsAffected == null ? "" : "件";
		List<Incident.Source> sources = new ArrayList<>();
		if (source != null && !(source.url().isEmpty() && source.title().isEmpty())) {
			sources.add(source);
		}
		base.sources().stream().filter(s -> source == null || !s.url().equals(source.url())).forEach(sources::add);
		return new Incident(id, organization, industry, base.service(), base.incidentStart(), base.incidentEnd(),
				discovered, announced, base.reportedToPpc(), base.reportedToPolice(), precision, discoveryRoute,
				base.actors(), cause, base.secondaryCauses().stream().filter(c -> !c.equals(cause)).toList(),
				recordsAffected, max, approximate, recordsAffected == null ? "" : unit, personsAffected,
				base.dataAmounts(), dataTypes, narrative, base.timeline(), base.countermeasures(), sources, mappedItems);
	}

	private static void putPrecision(Map<String, DatePrecision> precision, String field, LocalDate date,
			DatePrecision p) {
		if (date == null || p == null || p == DatePrecision.DAY) {
			precision.remove(field);
		} else {
			precision.put(field, p);
		}
	}
}
