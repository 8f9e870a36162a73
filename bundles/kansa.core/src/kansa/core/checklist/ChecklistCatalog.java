package kansa.core.checklist;

import java.util.List;

import kansa.core.text.LocalizedText;

/**
 * Contributes built-in checklists, as an OSGi service. Kansa's own catalogs and third-party bundles alike
 * register one with its id as the service property {@value #ID}; consumers take every catalog present, or select
 * one with that property.
 */
public interface ChecklistCatalog {

	/**
	 * Service property holding the catalog's {@link #id()}, so a catalog can be told apart before it is activated.
	 *
	 * @since 0.1.2
	 */
	String ID = "kansa.catalog.id";

	/** Stable key of the catalog; also the service property {@value #ID}. */
	String id();

	LocalizedText label();

	/** The checklists this catalog offers, newest version of each. */
	List<Checklist> checklists();

	/**
	 * Tables mapping this catalog's items to those of another checklist (e.g. ISMS to Pマーク); none by default.
	 *
	 * @since 0.1.1
	 */
	default List<ChecklistMapping> mappings() {
		return List.of();
	}
}
