package kansa.core.text;

import java.util.Locale;

/**
 * A constant with a label in each language, e.g. a verdict (適合 / Conforming). The labels are kept beside the
 * class, in {@code labels.properties} (English) and {@code labels_ja.properties} (Japanese, the domain terms
 * reports and the command line use) of its package, under the key {@code SimpleName.CONSTANT} (a nested type
 * as {@code Outer.Inner.CONSTANT}); they are read with the class's own class loader, so each bundle keeps its
 * vocabulary.
 *
 * @since 0.1.1
 */
public interface Labelled {

	/** The constant's name, the last part of its key; an enum provides it. */
	String name();

	default String label(Language language) {
		return Texts.label(this, language);
	}

	/** The label for a locale, as {@link Language#of(Locale)} maps it. */
	default String label(Locale locale) {
		return label(Language.of(locale));
	}
}
