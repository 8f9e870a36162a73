package kansa.ui.checklist.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import kansa.core.text.Language;

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
	public static String Diff_derivedFrom;
	public static String Diff_description;
	public static String Diff_edition;
	public static String Diff_english;
	public static String Diff_expectedEvidence;
	public static String Diff_guidance;
	public static String Diff_howToCheck;
	public static String Diff_notApplicable;
	public static String Diff_number;
	public static String Diff_question;
	public static String Diff_related;
	public static String Diff_requirements;
	public static String Diff_standard;
	public static String Diff_title;
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
	public static String Field_evidence;
	public static String Field_evidenceEn;
	public static String Field_extra;
	public static String Field_guidance;
	public static String Field_guidanceEn;
	public static String Field_how;
	public static String Field_howEn;
	public static String Field_id;
	public static String Field_ignore;
	public static String Field_na;
	public static String Field_applicable;
	public static String Field_notes;
	public static String Field_number;
	public static String Field_question;
	public static String Field_questionEn;
	public static String Field_related;
	public static String Field_requirement;
	public static String Field_section;
	public static String Field_title;
	public static String Field_titleEn;
	public static String Field_verdict;
	public static String Form_evidence;
	public static String Form_guidance;
	public static String Form_heading;
	public static String Form_howToCheck;
	public static String Form_none;
	public static String Form_questions;
	public static String Form_section;
	public static String History_added;
	public static String History_after;
	public static String History_before;
	public static String History_builtIn;
	public static String History_change;
	public static String History_checklist;
	public static String History_current;
	public static String History_edited;
	public static String History_failed;
	public static String History_items;
	public static String History_loading;
	public static String History_message;
	public static String History_moved;
	public static String History_movedEdited;
	public static String History_noChanges;
	public static String History_none;
	public static String History_note;
	public static String History_position;
	public static String History_removed;
	public static String History_saved;
	public static String History_sectionLabel;
	public static String History_summary;
	public static String History_title;
	public static String History_version;
	public static String History_what;
	public static String Import_badId;
	public static String Import_badVersion;
	public static String Import_browse;
	public static String Import_checklistTitle;
	public static String Import_column;
	public static String Import_emptyTitle;
	public static String Import_evidence;
	public static String Import_exists;
	public static String Import_extras;
	public static String Import_failed;
	public static String Import_field;
	public static String Import_file;
	public static String Import_filePageMessage;
	public static String Import_filePageTitle;
	public static String Import_header;
	public static String Import_headerRow;
	public static String Import_headerRowAuto;
	public static String Import_how;
	public static String Import_id;
	public static String Import_idHint;
	public static String Import_itemTitle;
	public static String Import_mappingPageMessage;
	public static String Import_mappingPageTitle;
	public static String Import_namePageMessage;
	public static String Import_namePageTitle;
	public static String Import_newVersionOf;
	public static String Import_noFile;
	public static String Import_noWorkspace;
	public static String Import_notFound;
	public static String Import_number;
	public static String Import_preview;
	public static String Import_question;
	public static String Import_read;
	public static String Import_readNoHeader;
	public static String Import_alternatives;
	public static String Import_rows;
	public static String Import_reading;
	public static String Import_section;
	public static String Import_sheet;
	public static String Import_standard;
	public static String Import_standardHint;
	public static String Import_title;
	public static String Import_version;
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
	public static String Structure_addItem;
	public static String Structure_addSection;
	public static String Structure_delete;
	public static String Structure_newItem;
	public static String Structure_newSection;
	public static String Structure_renumber;
	public static String Version_dialogMessage;
	public static String Version_dialogTitle;
	public static String Version_exists;
	public static String Version_history;
	public static String Version_historyTitle;
	public static String Version_note;
	public static String Version_save;
	public static String Version_version;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}

	/** The language of checklist and incident content, matching the UI's: Japanese under a Japanese locale. */
	public static Locale contentLocale() {
		return Language.user().locale();
	}
}
