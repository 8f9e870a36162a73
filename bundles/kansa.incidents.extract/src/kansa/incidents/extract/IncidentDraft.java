package kansa.incidents.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kansa.core.incident.Actor;
import kansa.core.incident.DatePrecision;
import kansa.core.incident.Incident;

/**
 * What the extractor found in an article: every field it could read, each with its span and confidence, for the
 * consultant to confirm. Empty fields are null (single values) or empty lists. {@code counts} lists every count
 * in the article, people and records apart; {@code recordsAffected} and {@code personsAffected} are the
 * extractor's pick among them. {@code contractor}: the vendor or service provider the breach happened at, kept
 * apart from the organisation it happened to.
 */
public record IncidentDraft(Found<String> title, Found<String> organization, Found<String> industry,
		Found<String> service, FoundDate incidentStart, FoundDate incidentEnd, FoundDate discovered,
		FoundDate announced, FoundDate reportedToPpc, FoundDate reportedToPolice, Found<String> discoveryRoute,
		List<Found<Actor>> actors, Found<String> cause, List<Found<String>> secondaryCauses,
		FoundCount recordsAffected, FoundCount personsAffected, List<FoundCount> counts,
		List<Found<Incident.DataAmount>> dataAmounts, List<Found<String>> dataTypes,
		List<Found<Incident.TimelineEvent>> timeline, List<Found<String>> countermeasures, List<Found<String>> sources,
		Found<String> contractor) {

	public IncidentDraft {
		actors = List.copyOf(actors);
		secondaryCauses = List.copyOf(secondaryCauses);
		counts = List.copyOf(counts);
		dataAmounts = List.copyOf(dataAmounts);
		dataTypes = List.copyOf(dataTypes);
		timeline = List.copyOf(timeline);
		countermeasures = List.copyOf(countermeasures);
		sources = List.copyOf(sources);
	}

	/**
	 * The draft as an incident record, for saving after review. Fields the article did not give stay empty; the
	 * narrative and the mapped items are the consultant's to write.
	 */
	public Incident toIncident(String id, String narrative) {
		Map<String, DatePrecision> precision = new LinkedHashMap<>();
		LocalDate start = date(incidentStart, "incidentStart", precision);
		LocalDate end = date(incidentEnd, "incidentEnd", precision);
		LocalDate disc = date(discovered, "discovered", precision);
		LocalDate ann = date(announced, "announced", precision);
		LocalDate ppc = date(reportedToPpc, "reportedToPpc", precision);
		LocalDate police = date(reportedToPolice, "reportedToPolice", precision);
		Set<Actor> actorSet = EnumSet.noneOf(Actor.class);
		actors.forEach(a -> actorSet.add(a.value()));
		List<Incident.Source> src = new ArrayList<>();
		for (Found<String> s : sources) {
			src.add(new Incident.Source(s.value(), title == null ? "" : title.value(), ann));
		}
		return new Incident(id, organization == null ? "（組織名未確認）" : organization.value(), value(industry),
				value(service), start, end, disc, ann, ppc, police, precision, value(discoveryRoute),
				List.copyOf(actorSet), value(cause), secondaryCauses.stream().map(Found::value).toList(),
				recordsAffected == null ? null : recordsAffected.value(),
				recordsAffected == null ? null : recordsAffected.max(),
				recordsAffected != null && recordsAffected.approximate(),
				recordsAffected == null ? "" : recordsAffected.unit(),
				personsAffected == null ? null : personsAffected.value(), dataAmounts.stream().map(Found::value).toList(),
				dataTypes.stream().map(Found::value).toList(), narrative, timeline.stream().map(Found::value).toList(),
				countermeasures.stream().map(Found::value).toList(), src, List.of());
	}

	/**
	 * A free id for the draft in a folder of cases: {@code draft-<announced or today>-NN}, as {@code kansa incident
	 * add} names them.
	 */
	public String suggestedId(java.util.Collection<String> existing, LocalDate today) {
		LocalDate day = announced != null ? announced.value() : today;
		for (int n = 1;; n++) {
			String id = String.format("draft-%s-%02d", day, n);
			if (!existing.contains(id)) {
				return id;
			}
		}
	}

	private static String value(Found<String> f) {
		return f == null ? "" : f.value();
	}

	private static LocalDate date(FoundDate d, String field, Map<String, DatePrecision> precision) {
		if (d == null) {
			return null;
		}
		if (d.precision() != DatePrecision.DAY) {
			precision.put(field, d.precision());
		}
		return d.value();
	}
}
