package kansa.catalog.pmark.internal;

import java.util.List;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistCatalog;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;

/**
 * Kansa's built-in PrivacyMark checklist: the 52 headings of JIS Q 15001:2017 Annex A, each item cross-referenced
 * to the 2024 guideline (J numbers confirmed only) and to the articles of the Act on the Protection of Personal
 * Information.
 */
@Component(service = ChecklistCatalog.class, property = ChecklistCatalog.ID + "=" + PmarkCatalog.CATALOG_ID)
public class PmarkCatalog implements ChecklistCatalog {

	/** The id, also published as the service property {@link ChecklistCatalog#ID}: known before activation. */
	static final String CATALOG_ID = "kansa.pmark";

	static final String RESOURCE = "/catalog/pmark-jisq15001-2017.json";

	// read on first use: activation must stay cheap, it happens while the workbench opens
	private final Supplier<Checklist> checklist = KansaJson.lazyResource(PmarkCatalog.class, RESOURCE, Checklist.class);

	@Override
	public String id() {
		return CATALOG_ID;
	}

	@Override
	public LocalizedText label() {
		return LocalizedText.of("プライバシーマーク（JIS Q 15001:2017 附属書A）", "PrivacyMark (JIS Q 15001:2017 Annex A)");
	}

	@Override
	public List<Checklist> checklists() {
		return List.of(checklist.get());
	}
}
