package kansa.core.audit;

import java.util.Locale;

/** Life cycle of an audit. */
public enum AuditStatus {
	PLANNED("計画", "Planned"),
	IN_PROGRESS("実施中", "In progress"),
	REPORTED("報告済", "Reported"),
	CLOSED("完了", "Closed");

	private final String ja;
	private final String en;

	AuditStatus(String ja, String en) {
		this.ja = ja;
		this.en = en;
	}

	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? en : ja;
	}
}
