package kansa.ui.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import kansa.core.text.Language;

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
	public static String Navigator_loading;
	public static String Navigator_unreadable;
	public static String Navigator_noWorkspace;
	public static String Navigator_openWorkspace;
	public static String Navigator_open;
	public static String Navigator_refresh;
	public static String Navigator_openFailed;
	public static String Details_property;
	public static String Details_value;
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
		return Language.user().locale();
	}
}
