package kansa.ui.internal.catalog;

import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import kansa.core.checklist.ChecklistCatalog;
import kansa.ui.services.CatalogRegistry;

/**
 * A UI part's handle on the {@link CatalogRegistry} service. e3 views are created by the workbench, not by DS, so
 * they track the service themselves: {@link #open()} when the part is created, {@link #close()} when disposed.
 * {@code onChange} runs on any thread whenever the set of catalogs may have changed.
 */
public final class CatalogTracker {

	private final ServiceTracker<CatalogRegistry, CatalogRegistry> tracker;

	public CatalogTracker(Runnable onChange) {
		tracker = new ServiceTracker<>(FrameworkUtil.getBundle(CatalogTracker.class).getBundleContext(),
				CatalogRegistry.class, null) {
			@Override
			public CatalogRegistry addingService(ServiceReference<CatalogRegistry> reference) {
				CatalogRegistry registry = super.addingService(reference);
				if (registry != null) {
					registry.addListener(onChange);
					onChange.run();
				}
				return registry;
			}

			@Override
			public void removedService(ServiceReference<CatalogRegistry> reference, CatalogRegistry registry) {
				registry.removeListener(onChange);
				super.removedService(reference, registry);
				onChange.run();
			}
		};
	}

	public void open() {
		tracker.open();
	}

	public void close() {
		tracker.close();
	}

	/** The catalogs present now; empty while the registry is not (yet) available. */
	public List<ChecklistCatalog> catalogs() {
		CatalogRegistry registry = tracker.getService();
		return registry == null ? List.of() : registry.catalogs();
	}
}
