package kansa.core.audit;

import java.util.Optional;

import kansa.core.text.Labelled;

/** How serious a finding is; nonconformities require corrective action. Labels: this package's {@code labels*.properties}. */
public enum FindingGrade implements Labelled {
	MAJOR_NONCONFORMITY, MINOR_NONCONFORMITY, OBSERVATION, OPPORTUNITY_FOR_IMPROVEMENT;

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
