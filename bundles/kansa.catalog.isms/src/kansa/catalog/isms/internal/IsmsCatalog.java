package kansa.catalog.isms.internal;

import java.util.List;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistCatalog;
import kansa.core.checklist.ChecklistMapping;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;

/**
 * Kansa's built-in ISMS checklist: ISO/IEC 27001:2022 clauses 4–10 and the 93 Annex A controls, with a table mapping
 * them to the Pマーク checklist of {@code kansa.catalog.pmark}.
 */
@Component(service = ChecklistCatalog.class, property = ChecklistCatalog.ID + "=" + IsmsCatalog.CATALOG_ID)
public class IsmsCatalog implements ChecklistCatalog {

	/** The id, also published as the service property {@link ChecklistCatalog#ID}: known before activation. */
	static final String CATALOG_ID = "kansa.isms";

	// read on first use: activation must stay cheap, it happens while the workbench opens
	private final Supplier<Checklist> checklist = KansaJson.lazyResource(IsmsCatalog.class,
			"/catalog/iso27001-2022.json", Checklist.class);
	private final Supplier<ChecklistMapping> mapping = KansaJson.lazyResource(IsmsCatalog.class,
			"/catalog/iso27001-2022-to-pmark.json", ChecklistMapping.class);

	@Override
	public String id() {
		return CATALOG_ID;
	}

	@Override
	public LocalizedText label() {
		return LocalizedText.of("ISMS（ISO/IEC 27001:2022 / JIS Q 27001:2023）", "ISMS (ISO/IEC 27001:2022)");
	}

	@Override
	public List<Checklist> checklists() {
		return List.of(checklist.get());
	}

	/** ISMS controls and clauses to the Pマーク items on the same subject (access control, suppliers, incidents…). */
	@Override
	public List<ChecklistMapping> mappings() {
		return List.of(mapping.get());
	}
}
