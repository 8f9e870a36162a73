package kansa.ui.services;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Finds a service for e3 parts and handlers through the e4 context of their site, window or workbench: context
 * values first (a test may put its own there), then OSGi services (DS components).
 */
public final class UiServices {

	private UiServices() {
	}

	/** The service, or null when neither the context nor the OSGi registry has one. */
	public static <T> T find(IServiceLocator locator, Class<T> type) {
		IEclipseContext context = locator.getService(IEclipseContext.class);
		return context == null ? null : context.get(type);
	}

	/** The service; fails with a clear message when it is missing (a broken installation). */
	public static <T> T get(IServiceLocator locator, Class<T> type) {
		T service = find(locator, type);
		if (service == null) {
			throw new IllegalStateException("service " + type.getName() + " is not available");
		}
		return service;
	}
}
