package kansa.core.audit;

import kansa.core.text.Labelled;

/** Life cycle of a corrective-action request (是正処置要求). Labels: this package's {@code labels*.properties}. */
public enum CorrectiveActionStatus implements Labelled {
	OPEN, RESPONSE_RECEIVED, VERIFIED, CLOSED;

	public boolean isOpen() {
		return this != CLOSED;
	}
}
