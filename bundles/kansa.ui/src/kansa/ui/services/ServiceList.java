package kansa.ui.services;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The services of one type present now, for the UI: DS binds them dynamically (a bundle installed, or a service
 * registering late at start-up), and listeners hear of each change on whatever thread it happened. They are
 * ordered by a service property that identifies them (e.g. {@code kansa.catalog.id}), read from the registration
 * rather than from the service.
 */
public abstract class ServiceList<T> {

	private record Entry<T>(T service, String key) {
	}

	private final List<Entry<T>> services = new CopyOnWriteArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final String keyProperty;
	private final Comparator<Entry<T>> order;

	/** @param keyProperty the service property the services are ordered by */
	protected ServiceList(String keyProperty) {
		this.keyProperty = keyProperty;
		this.order = Comparator.comparing((Entry<T> e) -> e.key());
	}

	/** Ordered by the services themselves, for services that carry no identifying property. */
	protected ServiceList(Comparator<T> order) {
		this.keyProperty = null;
		this.order = Comparator.comparing((Entry<T> e) -> e.service(), order);
	}

	protected final void added(T service) {
		added(service, Map.of());
	}

	/** @param properties the service's properties, as DS passes them to a bind method */
	protected final void added(T service, Map<String, ?> properties) {
		services.add(new Entry<>(service, keyProperty == null ? "" : String.valueOf(properties.get(keyProperty))));
		fireChanged();
	}

	protected final void removed(T service) {
		services.removeIf(e -> e.service() == service);
		fireChanged();
	}

	/** The services present now, in a stable order. */
	public List<T> all() {
		return services.stream().sorted(order).map(Entry::service).toList();
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
