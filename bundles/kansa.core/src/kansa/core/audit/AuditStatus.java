package kansa.core.audit;

import kansa.core.text.Labelled;

/** Life cycle of an audit. Labels: this package's {@code labels*.properties}. */
public enum AuditStatus implements Labelled {
	PLANNED, IN_PROGRESS, REPORTED, CLOSED;
}
