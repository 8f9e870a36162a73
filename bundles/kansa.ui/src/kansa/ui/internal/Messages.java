package kansa.ui.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing text of kansa.ui, from messages.properties (English) and messages_ja.properties (Japanese),
 * chosen by the platform locale ({@code -nl}).
 */
public final class Messages extends NLS {

	public static String Window_title;
	public static String Welcome_heading;
	public static String Welcome_summary;
	public static String Welcome_checklists;
	public static String Welcome_columnId;
	public static String Welcome_columnTitle;
	public static String Welcome_columnItems;

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
