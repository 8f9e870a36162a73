package kansa.core.audit;

import kansa.core.text.Labelled;

/** Result of re-hashing an evidence file at report time (改ざん・欠落の検知). Labels: this package's {@code labels*.properties}. */
public enum EvidenceStatus implements Labelled {
	INTACT, CHANGED, MISSING, NOT_CHECKED;
}
