package kansa.ui.services;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The services of one type present now, for the UI: DS binds them dynamically (a bundle installed, or a service
 * registering late at start-up), and listeners hear of each change on whatever thread it happened.
 */
public abstract class ServiceList<T> {

	private final List<T> services = new CopyOnWriteArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final Comparator<T> order;

	protected ServiceList(Function<T, String> sortKey) {
		this(Comparator.comparing(sortKey));
	}

	protected ServiceList(Comparator<T> order) {
		this.order = order;
	}

	protected final void added(T service) {
		services.add(service);
		fireChanged();
	}

	protected final void removed(T service) {
		services.remove(service);
		fireChanged();
	}

	/** The services present now, in a stable order. */
	public List<T> all() {
		return services.stream().sorted(order).toList();
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
