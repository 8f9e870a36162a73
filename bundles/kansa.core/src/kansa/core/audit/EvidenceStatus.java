package kansa.core.audit;

import java.util.Locale;

/** Result of re-hashing an evidence file at report time (改ざん・欠落の検知). */
public enum EvidenceStatus {
	INTACT("一致", "Intact"),
	CHANGED("改ざんの疑い", "Changed"),
	MISSING("欠落", "Missing"),
	NOT_CHECKED("未確認", "Not checked");

	private final String ja;
	private final String en;

	EvidenceStatus(String ja, String en) {
		this.ja = ja;
		this.en = en;
	}

	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? en : ja;
	}
}
