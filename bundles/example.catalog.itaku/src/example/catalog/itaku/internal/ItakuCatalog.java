package example.catalog.itaku.internal;

import java.util.List;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistCatalog;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;

/**
 * A third party's own checklist, shipped as a bundle: one DS component providing {@link ChecklistCatalog} and a
 * JSON resource. It uses nothing of Kansa but the kansa.core API, so Kansa's bundles need no change to show it.
 */
@Component(service = ChecklistCatalog.class, property = ChecklistCatalog.ID + "=" + ItakuCatalog.CATALOG_ID)
public class ItakuCatalog implements ChecklistCatalog {

	/** The id, also published as the service property {@link ChecklistCatalog#ID}: known before activation. */
	static final String CATALOG_ID = "example.itaku";

	// read on first use: components activate while the workbench opens, parsing waits until it is needed
	private final Supplier<Checklist> checklist = KansaJson.lazyResource(ItakuCatalog.class,
			"/catalog/example-itaku.json", Checklist.class);

	@Override
	public String id() {
		return CATALOG_ID;
	}

	@Override
	public LocalizedText label() {
		return LocalizedText.of("委託先管理（サンプル：第三者カタログ）", "Contractor management (sample third-party catalog)");
	}

	@Override
	public List<Checklist> checklists() {
		return List.of(checklist.get());
	}
}
