package kansa.core.audit;

import kansa.core.text.Labelled;

/** What an evidence file is. Labels: this package's {@code labels*.properties}. */
public enum EvidenceKind implements Labelled {
	DOCUMENT, RECORD, PHOTO, SCREENSHOT, OTHER;
}
