package kansa.ui.incidents.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import kansa.core.text.Language;

/** User-facing text of kansa.ui.incidents: messages.properties (English) and messages_ja.properties (Japanese). */
public final class Messages extends NLS {

	public static String Article_description;
	public static String Article_hint;
	public static String Article_published;
	public static String Article_sourceTitle;
	public static String Article_text;
	public static String Article_title;
	public static String Article_url;
	public static String Column_cause;
	public static String Column_date;
	public static String Column_organization;
	public static String Column_records;
	public static String Details_countermeasures;
	public static String Details_dataTypes;
	public static String Details_mapped;
	public static String Details_narrative;
	public static String Details_noMapped;
	public static String Details_noSources;
	public static String Details_none;
	public static String Details_records;
	public static String Details_service;
	public static String Details_sources;
	public static String Draft_announced;
	public static String Draft_article;
	public static String Draft_cause;
	public static String Draft_check;
	public static String Draft_dataTypes;
	public static String Draft_dataTypesHint;
	public static String Draft_description;
	public static String Draft_discovered;
	public static String Draft_fromPublication;
	public static String Draft_id;
	public static String Draft_industry;
	public static String Draft_items;
	public static String Draft_itemsHint;
	public static String Draft_narrative;
	public static String Draft_noItems;
	public static String Draft_notFound;
	public static String Draft_organization;
	public static String Draft_persons;
	public static String Draft_records;
	public static String Draft_route;
	public static String Draft_suggestion;
	public static String Draft_title;
	public static String Draft_unsure;
	public static String Facet_cause;
	public static String Facet_chosen;
	public static String Facet_clear;
	public static String Facet_dataType;
	public static String Facet_industry;
	public static String Facet_route;
	public static String Facet_size;
	public static String Facet_value;
	public static String Facet_year;
	public static String Facet_yearValue;
	public static String Field_badCount;
	public static String Field_badDate;
	public static String Field_badId;
	public static String Field_dateHint;
	public static String Field_discoveredAfterAnnounced;
	public static String Field_idExists;
	public static String Field_problem;
	public static String Field_required;
	public static String Search_button;
	public static String Search_count;
	public static String Search_empty;
	public static String Search_failed;
	public static String Search_hint;
	public static String Search_job;
	public static String Search_running;
	public static String Size_hundreds;
	public static String Size_hundredsOfThousands;
	public static String Size_millions;
	public static String Size_tensOfThousands;
	public static String Size_thousands;
	public static String Size_under100;
	public static String Size_unknown;
	public static String Wizard_extractFailed;
	public static String Wizard_extracting;
	public static String Wizard_invalid;
	public static String Wizard_noWorkspace;
	public static String Wizard_saveFailed;
	public static String Wizard_title;
	public static String Navigator_incidents;
	public static String Navigator_noIncidents;
	public static String Details_organization;
	public static String Details_announced;
	public static String Details_cause;
	public static String Details_source;
	public static String Details_id;

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
