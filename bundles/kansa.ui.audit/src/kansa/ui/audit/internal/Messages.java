package kansa.ui.audit.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** User-facing text of kansa.ui.audit: messages.properties (English) and messages_ja.properties (Japanese). */
public final class Messages extends NLS {

	public static String Action_title;
	public static String Action_heading;
	public static String Action_message;
	public static String Action_status;
	public static String Action_response;
	public static String Action_ok;
	public static String Changed_title;
	public static String Changed_message;
	public static String Changed_messageDirty;
	public static String Changed_reload;
	public static String Changed_keep;
	public static String Changed_merged;
	public static String Changed_conflictTitle;
	public static String Changed_conflicts;
	public static String Changed_overview;
	public static String Dialog_cancel;
	public static String Edit_undo;
	public static String Edit_redo;
	public static String Edit_withLabel;
	public static String Edit_verdict;
	public static String Edit_notes;
	public static String Edit_evidence;
	public static String Edit_finding;
	public static String Edit_action;
	public static String Edit_refusedTitle;
	public static String Evidence_add;
	public static String Evidence_open;
	public static String Evidence_hint;
	public static String Evidence_file;
	public static String Evidence_kind;
	public static String Evidence_caption;
	public static String Evidence_hash;
	public static String Evidence_size;
	public static String Evidence_hashTip;
	public static String Evidence_notAFile;
	public static String Evidence_failedTitle;
	public static String Evidence_failedMessage;
	public static String Evidence_jobName;
	public static String Evidence_copying;
	public static String Evidence_missing;
	public static String Evidence_unreadable;
	public static String Evidence_accessDenied;
	public static String Evidence_copyFailed;
	public static String Finding_title;
	public static String Finding_message;
	public static String Finding_grade;
	public static String Finding_statement;
	public static String Finding_evidence;
	public static String Finding_cause;
	public static String Finding_request;
	public static String Finding_owner;
	public static String Finding_due;
	public static String Finding_ok;
	public static String Finding_needStatement;
	public static String Finding_badDate;
	public static String Findings_add;
	public static String Findings_action;
	public static String Findings_id;
	public static String Findings_grade;
	public static String Findings_statement;
	public static String Findings_car;
	public static String Header_site;
	public static String Header_allSites;
	public static String Header_verdictFilter;
	public static String Header_all;
	public static String Header_unanswered;
	public static String Header_sectionFilter;
	public static String Header_allSections;
	public static String Header_next;
	public static String Header_nextTip;
	public static String Header_progress;
	public static String Incidents_organization;
	public static String Incidents_date;
	public static String Incidents_records;
	public static String Incidents_cause;
	public static String Incidents_hint;
	public static String Incidents_none;
	public static String Incidents_noLibrary;
	public static String Incidents_why;
	public static String Item_none;
	public static String Item_questions;
	public static String Item_howToCheck;
	public static String Item_expectedEvidence;
	public static String Item_guidance;
	public static String Item_requirements;
	public static String Item_verdictTip;
	public static String Item_notes;
	public static String Items_number;
	public static String Items_title;
	public static String Items_verdict;
	public static String Items_notes;
	public static String NewAudit_title;
	public static String NewAudit_message;
	public static String NewAudit_checklist;
	public static String NewAudit_client;
	public static String NewAudit_auditTitle;
	public static String NewAudit_titleHint;
	public static String NewAudit_lead;
	public static String NewAudit_sites;
	public static String NewAudit_sitesHint;
	public static String NewAudit_start;
	public static String NewAudit_ok;
	public static String NewAudit_needClient;
	public static String NewAudit_noChecklist;
	public static String NewAudit_noWorkspace;
	public static String NewAudit_defaultTitle;
	public static String Recovery_title;
	public static String Recovery_message;
	public static String Recovery_restore;
	public static String Recovery_discard;
	public static String Report_title;
	public static String Report_pageTitle;
	public static String Report_pageDescription;
	public static String Report_formats;
	public static String Report_noFormats;
	public static String Report_language;
	public static String Report_japanese;
	public static String Report_english;
	public static String Report_template;
	public static String Report_templateHint;
	public static String Report_folder;
	public static String Report_browse;
	public static String Report_open;
	public static String Report_chooseFormat;
	public static String Report_chooseFolder;
	public static String Report_notAFolder;
	public static String Report_noAudit;
	public static String Report_jobName;
	public static String Report_writing;
	public static String Report_failed;
	public static String Report_done;
	public static String Status_progress;
	public static String Tab_evidence;
	public static String Tab_findings;
	public static String Tab_incidents;


	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}

	/** The language of checklist and audit content, matching the UI's: Japanese under a Japanese locale. */
	public static Locale contentLocale() {
		return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
	}
}
