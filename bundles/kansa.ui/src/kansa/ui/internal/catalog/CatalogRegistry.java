package kansa.ui.internal.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kansa.core.checklist.ChecklistCatalog;

/**
 * Every {@link ChecklistCatalog} service, for the UI. Catalogs may come and go while the workbench runs (a catalog
 * bundle installed, or registering late at start-up), so the reference is dynamic and listeners hear of each change.
 */
@Component(service = CatalogRegistry.class)
public final class CatalogRegistry {

	private final List<ChecklistCatalog> catalogs = new CopyOnWriteArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addCatalog(ChecklistCatalog catalog) {
		catalogs.add(catalog);
		fireChanged();
	}

	void removeCatalog(ChecklistCatalog catalog) {
		catalogs.remove(catalog);
		fireChanged();
	}

	/** The catalogs present now, ordered by id so the UI lists them the same way each time. */
	public List<ChecklistCatalog> catalogs() {
		return catalogs.stream().sorted(Comparator.comparing(ChecklistCatalog::id)).toList();
	}

	/** Runs {@code listener} after each change, on whatever thread the change happened. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void fireChanged() {
		listeners.forEach(Runnable::run);
	}
}
