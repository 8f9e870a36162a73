package kansa.core.audit;

import java.util.Locale;
import java.util.Optional;

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

	/** The verdict an item gets from a finding of this grade. */
	public Verdict verdict() {
		return switch (this) {
			case MAJOR_NONCONFORMITY -> Verdict.MAJOR_NONCONFORMITY;
			case MINOR_NONCONFORMITY -> Verdict.MINOR_NONCONFORMITY;
			case OBSERVATION -> Verdict.OBSERVATION;
			case OPPORTUNITY_FOR_IMPROVEMENT -> Verdict.OPPORTUNITY_FOR_IMPROVEMENT;
		};
	}

	/** The grade whose finding fits an item judged so; empty for 適合, 該当なし and 未評価. */
	public static Optional<FindingGrade> matching(Verdict verdict) {
		for (FindingGrade g : values()) {
			if (g.verdict() == verdict) {
				return Optional.of(g);
			}
		}
		return Optional.empty();
	}

	public boolean requiresCorrectiveAction() {
		return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
	}
}
