package kansa.ui.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing text of kansa.ui, from messages.properties (English) and messages_ja.properties (Japanese),
 * chosen by the platform locale ({@code -nl}, or the language preference, see LanguagePreference).
 */
public final class Messages extends NLS {

	public static String Window_title;
	public static String Window_titleWithWorkspace;
	public static String Welcome_heading;
	public static String Welcome_summary;
	public static String Welcome_checklists;
	public static String Welcome_columnId;
	public static String Welcome_columnTitle;
	public static String Welcome_columnItems;
	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_audit;
	public static String Menu_help;
	public static String Menu_recent;
	public static String Menu_recentEmpty;
	public static String Action_save;
	public static String Action_saveAll;
	public static String Action_exit;
	public static String Action_undo;
	public static String Action_redo;
	public static String Status_workspace;
	public static String Status_noWorkspace;
	public static String OpenWorkspace_errorTitle;
	public static String OpenWorkspace_dialogTitle;
	public static String OpenWorkspace_dialogMessage;
	public static String Startup_noSuchAudit;
	public static String Startup_missingValue;
	public static String Startup_badFolder;
	public static String About_title;
	public static String About_text;
	public static String Navigator_clients;
	public static String Navigator_checklists;
	public static String Navigator_incidents;
	public static String Navigator_builtIn;
	public static String Navigator_auditState;
	public static String Navigator_checklistState;
	public static String Navigator_noAudits;
	public static String Navigator_noIncidents;
	public static String Navigator_loading;
	public static String Navigator_unreadable;
	public static String Navigator_noWorkspace;
	public static String Navigator_openWorkspace;
	public static String Navigator_open;
	public static String Navigator_refresh;
	public static String Navigator_openFailed;
	public static String Details_property;
	public static String Details_value;
	public static String Details_auditTitle;
	public static String Details_client;
	public static String Details_status;
	public static String Details_checklist;
	public static String Details_progress;
	public static String Details_findings;
	public static String Details_id;
	public static String Details_folder;
	public static String Details_version;
	public static String Details_items;
	public static String Details_origin;
	public static String Details_builtIn;
	public static String Details_own;
	public static String Details_organization;
	public static String Details_announced;
	public static String Details_cause;
	public static String Details_source;
	public static String Menu_language;
	public static String Language_auto;
	public static String Language_restart;
	public static String Language_japanese;
	public static String Language_english;
	public static String SavePrompt_title;
	public static String SavePrompt_message;
	public static String SavePrompt_save;
	public static String SavePrompt_discard;
	public static String SavePrompt_cancel;
	public static String SavePrompt_failedTitle;


	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}

	/**
	 * The language for content that carries both texts (checklists, audits): Japanese under a Japanese locale,
	 * English otherwise, matching the choice NLS makes for the UI text.
	 */
	public static Locale contentLocale() {
		return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
	}
}
