package kansa.ui.checklist.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** User-facing text of kansa.ui.checklist: messages.properties (English) and messages_ja.properties (Japanese). */
public final class Messages extends NLS {

	public static String Close_title;
	public static String Column_number;
	public static String Column_title;
	public static String Derive_defaultTitle;
	public static String Derive_emptyTitle;
	public static String Derive_failed;
	public static String Derive_message;
	public static String Derive_noWorkspace;
	public static String Derive_title;
	public static String Edit_evidence;
	public static String Edit_guidance;
	public static String Edit_howToCheck;
	public static String Edit_number;
	public static String Edit_questions;
	public static String Edit_redo;
	public static String Edit_refusedTitle;
	public static String Edit_title;
	public static String Edit_undo;
	public static String Edit_withLabel;
	public static String Form_evidence;
	public static String Form_guidance;
	public static String Form_heading;
	public static String Form_howToCheck;
	public static String Form_none;
	public static String Form_questions;
	public static String Form_section;
	public static String Problems_heading;
	public static String Problems_message;
	public static String Problems_none;
	public static String Problems_severity;
	public static String Problems_where;
	public static String Save_failedTitle;
	public static String Severity_error;
	public static String Severity_info;
	public static String Severity_warning;
	public static String Status_summary;

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
