package kansa.core.audit;

import java.util.Locale;

/** How serious a finding is; nonconformities require corrective action. */
public enum FindingGrade {
	MAJOR_NONCONFORMITY("重大な不適合", "Major nonconformity"),
	MINOR_NONCONFORMITY("軽微な不適合", "Minor nonconformity"),
	OBSERVATION("観察事項", "Observation"),
	OPPORTUNITY_FOR_IMPROVEMENT("改善の機会", "Opportunity for improvement");

	private final String ja;
	private final String en;

	FindingGrade(String ja, String en) {
		this.ja = ja;
		this.en = en;
	}

	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? en : ja;
	}

	public boolean requiresCorrectiveAction() {
		return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
	}
}
