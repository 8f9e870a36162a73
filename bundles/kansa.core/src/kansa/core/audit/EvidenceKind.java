package kansa.core.audit;

import java.util.Locale;

/** What an evidence file is. */
public enum EvidenceKind {
	DOCUMENT("文書", "Document"),
	RECORD("記録", "Record"),
	PHOTO("写真", "Photo"),
	SCREENSHOT("画面", "Screenshot"),
	OTHER("その他", "Other");

	private final String ja;
	private final String en;

	EvidenceKind(String ja, String en) {
		this.ja = ja;
		this.en = en;
	}

	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? en : ja;
	}
}
