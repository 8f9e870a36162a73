package kansa.core.incident;

import kansa.core.text.LocalizedText;

/**
 * Who caused the breach, after VERIS 1.4's actor varieties; 委託先 (a contractor handling the data on the
 * organisation's behalf) is kept apart from other partners because Pマーク audits treat it separately.
 */
public enum Actor {
	EXTERNAL(LocalizedText.of("外部", "external")),
	INTERNAL(LocalizedText.of("内部", "internal")),
	PARTNER(LocalizedText.of("取引先", "partner")),
	CONTRACTOR(LocalizedText.of("委託先", "contractor"));

	private final LocalizedText label;

	Actor(LocalizedText label) {
		this.label = label;
	}

	public LocalizedText label() {
		return label;
	}
}
