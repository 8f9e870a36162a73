package kansa.core.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kansa.core.internal.Checks;

/**
 * A real data-breach case, as published by the organisation or reported in the news. Field names follow
 * VERIS 1.4 where they mean the same (industry, actor, discovery, data variety and amount, reference); every
 * field added after the first schema is optional, so files written before still read unchanged.
 *
 * @param id                 stable key
 * @param organization       who lost the data (VERIS victim)
 * @param industry           sector, e.g. 小売（通信販売）, 製造
 * @param service            the service or site that was breached, e.g. 掃除用品オンラインショップ
 * @param incidentStart      when the breach (or the exposure period) began, if known
 * @param incidentEnd        when it ended, if the source gives a period
 * @param discovered         when the organisation became aware
 * @param announced          when it was made public
 * @param reportedToPpc      when it was reported to 個人情報保護委員会
 * @param reportedToPolice   when it was reported to the police
 * @param datePrecision      precision of each date field by field name; a field not listed is precise to the day
 * @param discoveryRoute     how it came to light (VERIS discovery_method), e.g. 決済代行会社・カード会社からの連絡
 * @param actors             who caused it (VERIS actor)
 * @param cause              main cause category, e.g. ペイメントアプリケーション改ざん, 誤送信
 * @param secondaryCauses    further cause categories that played a part
 * @param recordsAffected    headline count of affected records or persons (the lower bound of a range); null when
 *                           unknown (VERIS data_total)
 * @param recordsMax         upper bound when the source gives a range (約2万5千~3万人), else null
 * @param recordsApproximate the source says 約 / およそ / 最大 (absent in older files: false)
 * @param recordsUnit        the unit the source uses: 件, 人 or 名
 * @param personsAffected    number of people, when the source states it apart from a count of records or files
 * @param dataAmounts        sub-counts per data type (VERIS data variety and amount)
 * @param dataTypes          kinds of personal data leaked, e.g. 氏名, クレジットカード番号
 * @param narrative          what happened, in Kansa's own words (VERIS summary)
 * @param timeline           the response, event by event
 * @param countermeasures    what the organisation did or promised to prevent a recurrence (VERIS corrective_action)
 * @param sources            where the facts come from (VERIS reference)
 * @param mappedItems        checklist items the case violated
 */
public record Incident(String id, String organization, String industry, String service, LocalDate incidentStart,
		LocalDate incidentEnd, LocalDate discovered, LocalDate announced, LocalDate reportedToPpc,
		LocalDate reportedToPolice, Map<String, DatePrecision> datePrecision, String discoveryRoute, List<Actor> actors,
		String cause, List<String> secondaryCauses, Long recordsAffected, Long recordsMax, Boolean recordsApproximate,
		String recordsUnit, Long personsAffected, List<DataAmount> dataAmounts, List<String> dataTypes,
		String narrative, List<TimelineEvent> timeline, List<String> countermeasures, List<Source> sources,
		List<MappedItem> mappedItems) {

	/** The date fields, by the names {@link #datePrecision} uses. */
	public static final Set<String> DATE_FIELDS = Set.of("incidentStart", "incidentEnd", "discovered", "announced",
			"reportedToPpc", "reportedToPolice");

	public Incident {
		id = Checks.id(id, "incident.id");
		organization = Checks.notBlank(organization, "incident " + id + ": organization");
		industry = Checks.text(industry);
		service = Checks.text(service);
		datePrecision = Checks.map(datePrecision);
		for (String field : datePrecision.keySet()) {
			if (!DATE_FIELDS.contains(field)) {
				throw new IllegalArgumentException("incident " + id + ": datePrecision: unknown date field '" + field
						+ "' (one of " + DATE_FIELDS.stream().sorted().toList() + ")");
			}
		}
		discoveryRoute = Checks.text(discoveryRoute);
		actors = Checks.list(actors, "incident " + id + ": actors");
		cause = Checks.text(cause);
		secondaryCauses = Checks.list(secondaryCauses, "incident " + id + ": secondaryCauses");
		if (recordsAffected != null && recordsAffected < 0 || personsAffected != null && personsAffected < 0) {
			throw new IllegalArgumentException("incident " + id + ": counts must not be negative");
		}
		if (recordsMax != null && (recordsAffected == null || recordsMax < recordsAffected)) {
			throw new IllegalArgumentException("incident " + id + ": recordsMax needs recordsAffected not above it");
		}
		if (incidentStart != null && incidentEnd != null && incidentEnd.isBefore(incidentStart)) {
			throw new IllegalArgumentException("incident " + id + ": incidentEnd is before incidentStart");
		}
		recordsApproximate = Boolean.TRUE.equals(recordsApproximate);
		recordsUnit = Checks.text(recordsUnit);
		dataAmounts = Checks.list(dataAmounts, "incident " + id + ": dataAmounts");
		dataTypes = Checks.list(dataTypes, "incident " + id + ": dataTypes");
		narrative = Checks.text(narrative);
		timeline = Checks.list(timeline, "incident " + id + ": timeline");
		countermeasures = Checks.list(countermeasures, "incident " + id + ": countermeasures");
		sources = Checks.list(sources, "incident " + id + ": sources");
		mappedItems = Checks.list(mappedItems, "incident " + id + ": mappedItems");
	}

	/** The first schema's fields; the others stay empty. Kept so existing callers compile unchanged. */
	public Incident(String id, String organization, String industry, LocalDate incidentStart, LocalDate discovered,
			LocalDate announced, String discoveryRoute, Long recordsAffected, String recordsUnit, List<String> dataTypes,
			String cause, String narrative, List<Source> sources, List<MappedItem> mappedItems) {
		this(id, organization, industry, "", incidentStart, null, discovered, announced, null, null, Map.of(),
				discoveryRoute, List.of(), cause, List.of(), recordsAffected, null, false, recordsUnit, null, List.of(),
				dataTypes, narrative, List.of(), List.of(), sources, mappedItems);
	}

	/** A published source of the facts. */
	public record Source(String url, String title, LocalDate date) {
		public Source {
			url = Checks.text(url);
			title = Checks.text(title);
		}
	}

	/** A checklist item the case violated, with why. */
	public record MappedItem(String checklistId, String itemId, String reason) {
		public MappedItem {
			checklistId = Checks.id(checklistId, "mappedItem.checklistId");
			itemId = Checks.id(itemId, "mappedItem.itemId");
			reason = Checks.text(reason);
		}
	}

	/** A sub-count for one kind of data, e.g. 405,576件 of 会員情報. */
	public record DataAmount(String variety, long amount, String unit) {
		public DataAmount {
			variety = Checks.notBlank(variety, "dataAmount.variety");
			if (amount < 0) {
				throw new IllegalArgumentException("dataAmount " + variety + ": amount must not be negative");
			}
			unit = Checks.text(unit);
		}
	}

	/** One step of the organisation's response. */
	public record TimelineEvent(LocalDate date, DatePrecision precision, String event) {
		public TimelineEvent {
			precision = precision == null ? DatePrecision.DAY : precision;
			event = Checks.notBlank(event, "timeline.event");
		}
	}

	public boolean violates(String checklistId, String itemId) {
		return mappedItems.stream().anyMatch(m -> m.checklistId().equals(checklistId) && m.itemId().equals(itemId));
	}

	/** Precision of a date field; {@link DatePrecision#DAY} unless the record says otherwise. */
	public DatePrecision precisionOf(String dateField) {
		return datePrecision.getOrDefault(dateField, DatePrecision.DAY);
	}

	/** The year the case belongs to: when it was announced, else discovered, else began; 0 when none is known. */
	public int year() {
		LocalDate d = announced != null ? announced : discovered != null ? discovered : incidentStart;
		return d == null ? 0 : d.getYear();
	}

	/** Every cause category, the main one first. */
	public List<String> allCauses() {
		if (cause.isEmpty()) {
			return secondaryCauses;
		}
		java.util.ArrayList<String> all = new java.util.ArrayList<>(secondaryCauses.size() + 1);
		all.add(cause);
		secondaryCauses.stream().filter(c -> !c.equals(cause)).forEach(all::add);
		return List.copyOf(all);
	}
}
