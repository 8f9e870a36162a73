package kansa.core.incident;

import java.time.LocalDate;
import java.util.List;

import kansa.core.internal.Checks;

/**
 * A real data-breach case, as published by the organisation or reported in the news.
 *
 * @param id              stable key
 * @param organization    who lost the data
 * @param industry        sector, e.g. 小売, 製造
 * @param incidentStart   when the breach began, if known
 * @param discovered      when the organisation became aware
 * @param announced       when it was made public
 * @param discoveryRoute  how it came to light, e.g. 決済代行会社からの連絡, 脅迫メール
 * @param recordsAffected number of records or persons affected; null when unknown
 * @param recordsUnit     the unit the source uses: 件, 人 or 名
 * @param dataTypes       kinds of personal data leaked, e.g. 氏名, クレジットカード番号
 * @param cause           cause category, e.g. 不正アクセス, 誤送信
 * @param narrative       what happened, in Kansa's own words
 * @param sources         where the facts come from
 * @param mappedItems     checklist items the case violated
 */
public record Incident(String id, String organization, String industry, LocalDate incidentStart, LocalDate discovered,
		LocalDate announced, String discoveryRoute, Long recordsAffected, String recordsUnit, List<String> dataTypes,
		String cause, String narrative, List<Source> sources, List<MappedItem> mappedItems) {

	public Incident {
		id = Checks.id(id, "incident.id");
		organization = Checks.notBlank(organization, "incident " + id + ": organization");
		industry = Checks.text(industry);
		discoveryRoute = Checks.text(discoveryRoute);
		if (recordsAffected != null && recordsAffected < 0) {
			throw new IllegalArgumentException("incident " + id + ": recordsAffected must not be negative");
		}
		recordsUnit = Checks.text(recordsUnit);
		dataTypes = Checks.list(dataTypes, "incident " + id + ": dataTypes");
		cause = Checks.text(cause);
		narrative = Checks.text(narrative);
		sources = Checks.list(sources, "incident " + id + ": sources");
		mappedItems = Checks.list(mappedItems, "incident " + id + ": mappedItems");
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

	public boolean violates(String checklistId, String itemId) {
		return mappedItems.stream().anyMatch(m -> m.checklistId().equals(checklistId) && m.itemId().equals(itemId));
	}
}
