package kansa.core.checklist;

import java.util.List;

import kansa.core.text.LocalizedText;

/**
 * Contributes built-in checklists, as an OSGi service. Kansa's own catalogs and third-party bundles alike
 * register one; consumers take every catalog present.
 */
public interface ChecklistCatalog {

	/** Stable key of the catalog. */
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
