package kansa.testing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waits for an OSGi service in a test: DS registers components asynchronously, so a test that looks too early
 * would see nothing. A {@link ServiceTracker} per type and filter waits for it (no polling) and stays open until
 * the test runtime stops, so a delayed component the test uses is not deactivated under it.
 */
public final class Services {

	/** How long a test waits for a service before it fails. */
	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Map<String, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

	private Services() {
	}

	/** The filter matching a service whose property {@code key} is {@code value}, e.g. {@code (kansa.report.format=pdf)}. */
	public static String property(String key, String value) {
		return "(" + key + "=" + value + ")";
	}

	/** The service of that type, as seen by the bundle of {@code caller}; fails after {@link #TIMEOUT}. */
	public static <T> T await(Class<?> caller, Class<T> type) {
		return await(caller, type, null);
	}

	/**
	 * The service of that type matching {@code filter} (null: any), as seen by the bundle of {@code caller} (a test
	 * class); fails with an {@link AssertionError} naming what was missing after {@link #TIMEOUT}.
	 */
	public static <T> T await(Class<?> caller, Class<T> type, String filter) {
		ServiceTracker<T, T> tracker = tracker(caller, type, filter);
		T service = tracker.getService(awaitReference(caller, type, filter));
		if (service == null) {
			throw new AssertionError("the " + describe(type, filter) + " service went away");
		}
		return service;
	}

	/** The reference of the service {@link #await} would return, e.g. to check its properties or its bundle. */
	public static <T> ServiceReference<T> awaitReference(Class<?> caller, Class<T> type, String filter) {
		ServiceTracker<T, T> tracker = tracker(caller, type, filter);
		try {
			if (tracker.waitForService(TIMEOUT.toMillis()) == null) {
				throw new AssertionError("no " + describe(type, filter) + " service within " + TIMEOUT.toSeconds() + " s");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while waiting for " + describe(type, filter), e);
		}
		ServiceReference<T> reference = tracker.getServiceReference();
		if (reference == null) {
			throw new AssertionError("the " + describe(type, filter) + " service went away");
		}
		return reference;
	}

	@SuppressWarnings("unchecked")
	private static <T> ServiceTracker<T, T> tracker(Class<?> caller, Class<T> type, String filter) {
		BundleContext context = FrameworkUtil.getBundle(caller).getBundleContext();
		if (context == null) {
			throw new IllegalStateException(caller.getName() + " does not run in a started bundle");
		}
		String objectClass = "(objectClass=" + type.getName() + ")";
		String full = filter == null ? objectClass : "(&" + objectClass + filter + ")";
		// one tracker per bundle and filter: the services a test got stay in use while the runtime lives
		return (ServiceTracker<T, T>) TRACKERS.computeIfAbsent(context.getBundle().getBundleId() + full, key -> {
			try {
				ServiceTracker<T, T> t = new ServiceTracker<>(context, context.createFilter(full), null);
				t.open();
				return t;
			} catch (InvalidSyntaxException e) {
				throw new IllegalArgumentException("not an OSGi filter: " + full, e);
			}
		});
	}

	private static String describe(Class<?> type, String filter) {
		return type.getSimpleName() + (filter == null ? "" : " " + filter);
	}
}
