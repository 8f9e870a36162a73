package kansa.ui.incidents.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** User-facing text of kansa.ui.incidents: messages.properties (English) and messages_ja.properties (Japanese). */
public final class Messages extends NLS {

	public static String Column_announced;
	public static String Column_cause;
	public static String Column_organization;
	public static String Column_records;
	public static String Details_countermeasures;
	public static String Details_dataTypes;
	public static String Details_mapped;
	public static String Details_narrative;
	public static String Details_none;
	public static String Details_records;
	public static String Details_service;
	public static String Search_allCauses;
	public static String Search_button;
	public static String Search_cause;
	public static String Search_causeLabel;
	public static String Search_count;
	public static String Search_empty;
	public static String Search_failed;
	public static String Search_hint;
	public static String Search_job;
	public static String Search_running;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}

	/** The language of checklist and incident content, matching the UI's: Japanese under a Japanese locale. */
	public static Locale contentLocale() {
		return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
	}
}
