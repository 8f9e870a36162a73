package kansa.core.audit;

import java.util.Locale;

/** Life cycle of a corrective-action request (是正処置要求). */
public enum CorrectiveActionStatus {
	OPEN("未回答", "Open"),
	RESPONSE_RECEIVED("回答受領", "Response received"),
	VERIFIED("有効性確認済", "Verified"),
	CLOSED("完了", "Closed");

	private final String ja;
	private final String en;

	CorrectiveActionStatus(String ja, String en) {
		this.ja = ja;
		this.en = en;
	}

	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? en : ja;
	}

	public boolean isOpen() {
		return this != CLOSED;
	}
}
