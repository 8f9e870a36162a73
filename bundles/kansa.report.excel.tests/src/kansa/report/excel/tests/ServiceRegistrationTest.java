package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.core.report.ResultSheetReader;

/** Consumers only ever see the ReportGenerator service that Declarative Services registers. */
class ServiceRegistrationTest {

	@TempDir
	Path auditDir;

	private ServiceTracker<ReportGenerator, ReportGenerator> tracker;

	@AfterEach
	void close() {
		if (tracker != null) {
			tracker.close();
		}
	}

	private ReportGenerator xlsxService() throws InterruptedException {
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		assertNotNull(bundle, "test must run inside OSGi");
		BundleContext context = bundle.getBundleContext();
		tracker = new ServiceTracker<>(context, ReportGenerator.class, null);
		tracker.open();
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			ServiceReference<ReportGenerator>[] refs = tracker.getServiceReferences();
			if (refs != null) {
				for (ServiceReference<ReportGenerator> ref : refs) {
					ReportGenerator g = tracker.getService(ref);
					if (g != null && "xlsx".equals(g.formatId())) {
						assertEquals("kansa.report.excel", ref.getBundle().getSymbolicName());
						return g;
					}
				}
			}
			tracker.waitForService(500);
		}
		throw new AssertionError("no ReportGenerator service with formatId xlsx within 10 s");
	}

	@Test
	void registeredAsReportGeneratorWithFormatXlsx() throws Exception {
		ReportGenerator g = xlsxService();
		assertEquals("xlsx", g.fileExtension());
		assertEquals("Excel 証跡一覧", g.label().get(Locale.JAPANESE));
		assertEquals("Excel evidence sheet", g.label().get(Locale.ENGLISH));
	}

	@Test
	void serviceWritesAWorkbook() throws Exception {
		ReportGenerator g = xlsxService();
		byte[] xlsx = Xlsx.bytes(g, new ReportRequest(AuditFixture.in(auditDir).build(), auditDir));
		try (XSSFWorkbook wb = Xlsx.open(xlsx)) {
			assertNotNull(wb.getSheet("チェックリスト結果"));
		}
	}

	@Test
	void resultSheetReaderIsRegisteredForTheSameFormat() throws Exception {
		ServiceTracker<ResultSheetReader, ResultSheetReader> readers = new ServiceTracker<>(
				FrameworkUtil.getBundle(getClass()).getBundleContext(), ResultSheetReader.class, null);
		readers.open();
		try {
			ResultSheetReader reader = readers.waitForService(10_000);
			assertNotNull(reader, "a ResultSheetReader service");
			assertEquals("xlsx", reader.formatId());
			assertEquals("kansa.report.excel", readers.getServiceReference().getBundle().getSymbolicName());
		} finally {
			readers.close();
		}
	}

	@Test
	void bundleExportsNothingAndDeclaresItsComponent() {
		Bundle host = FrameworkUtil.getBundle(getClass());
		assertEquals("kansa.report.excel", host.getSymbolicName());
		assertNull(host.getHeaders().get("Export-Package"));
		assertNull(host.getHeaders().get("Require-Bundle"));
		// tycho-ds writes the header from @Component: one generated descriptor per component, each in the bundle
		String components = host.getHeaders().get("Service-Component");
		assertNotNull(components, "Service-Component");
		for (String descriptor : components.split(",")) {
			assertNotNull(host.getEntry(descriptor.trim()), "generated component XML " + descriptor);
		}
	}
}
