package kansa.ui.services;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistCatalog;

/** Every {@link ChecklistCatalog} service, for the UI (welcome page, navigator, new-audit dialog). */
@Component(service = CatalogRegistry.class)
public final class CatalogRegistry extends ServiceList<ChecklistCatalog> {

	public CatalogRegistry() {
		super(ChecklistCatalog.ID);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addCatalog(ChecklistCatalog catalog, Map<String, Object> properties) {
		added(catalog, properties);
	}

	void removeCatalog(ChecklistCatalog catalog) {
		removed(catalog);
	}

	/** The catalogs present now, ordered by id so the UI lists them the same way each time. */
	public List<ChecklistCatalog> catalogs() {
		return all();
	}

	/** Every built-in checklist of every catalog. */
	public List<Checklist> checklists() {
		return all().stream().flatMap(c -> c.checklists().stream()).toList();
	}

	public Optional<Checklist> checklist(String id) {
		return checklists().stream().filter(c -> c.id().equals(id)).findFirst();
	}
}
