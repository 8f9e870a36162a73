package kansa.core.text;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads labels and message patterns from the properties files beside the class that owns them. */
final class Texts {

	/**
	 * Exactly the file of the language asked for: never the default locale's (the caller has chosen the language),
	 * and never the English base file for a key missing in the Japanese one, so a gap shows instead of English
	 * text in a Japanese document.
	 */
	private static final ResourceBundle.Control ONE_FILE = new ResourceBundle.Control() {
		@Override
		public List<String> getFormats(String baseName) {
			return FORMAT_PROPERTIES;
		}

		@Override
		public List<Locale> getCandidateLocales(String baseName, Locale locale) {
			return List.of(locale);
		}

		@Override
		public Locale getFallbackLocale(String baseName, Locale locale) {
			return null;
		}
	};

	private Texts() {
	}

	/** The label, or the constant's name when the label is missing (a test checks that none is). */
	static String label(Labelled constant, Language language) {
		Class<?> owner = constant instanceof Enum<?> e ? e.getDeclaringClass() : constant.getClass();
		String label = find(owner, "labels", key(owner) + "." + constant.name(), language);
		return label == null ? constant.name() : label;
	}

	/** The key prefix of a type: its name inside its package, {@code Outer.Inner} for a nested one. */
	static String key(Class<?> owner) {
		return owner.getName().substring(owner.getPackageName().length() + 1).replace('$', '.');
	}

	/** The text, or null when the file or the key is missing. */
	static String find(Class<?> owner, String file, String key, Language language) {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle(owner.getPackageName() + "." + file,
					language == Language.JA ? Locale.JAPANESE : Locale.ROOT, owner.getClassLoader(), ONE_FILE);
			return bundle.getString(key);
		} catch (MissingResourceException e) {
			return null;
		}
	}
}
