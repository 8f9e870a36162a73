package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.core.text.LocalizedText;

/**
 * The command line tells report generators apart by their service property {@link ReportGenerator#FORMAT}: the
 * one a command asks for is the only one it gets from the registry, and listing the formats gets none.
 */
class ServiceSelectionTest extends KansaCli {

	private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

	@AfterEach
	void unregister() {
		registrations.forEach(ServiceRegistration::unregister);
	}

	/** A generator registered under a format, counting how often the registry hands it out. */
	private AtomicInteger probe(String format) {
		AtomicInteger gets = new AtomicInteger();
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		registrations.add(context.registerService(ReportGenerator.class, new ServiceFactory<ReportGenerator>() {
			@Override
			public ReportGenerator getService(Bundle bundle, ServiceRegistration<ReportGenerator> registration) {
				gets.incrementAndGet();
				return new Probe(format);
			}

			@Override
			public void ungetService(Bundle bundle, ServiceRegistration<ReportGenerator> registration,
					ReportGenerator service) {
				// nothing held
			}
		}, new java.util.Hashtable<>(Map.of(ReportGenerator.FORMAT, format))));
		return gets;
	}

	@Test
	void onlyTheGeneratorAskedForIsGot() throws Exception {
		AtomicInteger a = probe("probe-a");
		AtomicInteger b = probe("probe-b");
		assertEquals(1, kansa("report", "x", "--format", "nothing"));
		assertTrue(err().contains("probe-a") && err().contains("probe-b"), "formats listed from the property: " + err());
		assertEquals(0, a.get() + b.get(), "listing the formats got no generator");

		// the generator is looked up before the workspace, which does not exist here
		assertEquals(1, kansa("report", "x", "--format", "probe-a"));
		assertTrue(err().contains("workspace"), err());
		assertEquals(1, a.get(), "the generator asked for");
		assertEquals(0, b.get(), "the other one is never got");
	}

	private record Probe(String formatId) implements ReportGenerator {

		@Override
		public LocalizedText label() {
			return LocalizedText.of("試験", "Probe");
		}

		@Override
		public String fileExtension() {
			return formatId;
		}

		@Override
		public void generate(ReportRequest request, OutputStream out, IProgressMonitor monitor) {
			throw new UnsupportedOperationException("a probe writes nothing");
		}
	}
}
