package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import kansa.core.report.ReportGenerator;

/** The generator reaches consumers only as a DS service. */
class PdfReportServiceTest {

	@Test
	void registeredAsReportGeneratorService() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<ReportGenerator, ReportGenerator> tracker = new ServiceTracker<>(context, ReportGenerator.class,
				null);
		tracker.open();
		try {
			ReportGenerator pdf = null;
			long deadline = System.currentTimeMillis() + 10_000;
			while (pdf == null && System.currentTimeMillis() < deadline) {
				tracker.waitForService(500);
				ReportGenerator[] all = tracker.getServices(new ReportGenerator[0]);
				for (ReportGenerator g : all) {
					if ("pdf".equals(g.formatId())) {
						pdf = g;
					}
				}
			}
			assertNotNull(pdf, "no ReportGenerator service with formatId 'pdf' within 10 s (is felix.scr running?)");
			assertEquals("pdf", pdf.fileExtension());
			assertEquals("PDF 監査報告書", pdf.label().get(Locale.JAPANESE));
			assertEquals("PDF audit report", pdf.label().get(Locale.ENGLISH));
			assertEquals("kansa.report.pdf", FrameworkUtil.getBundle(pdf.getClass()).getSymbolicName());
		} finally {
			tracker.close();
		}
	}

	@Test
	void bundleExportsNothing() {
		Bundle host = FrameworkUtil.getBundle(kansa.report.pdf.internal.PdfReportGenerator.class);
		assertEquals("kansa.report.pdf", host.getSymbolicName());
		assertNull(host.getHeaders().get("Export-Package"), "implementation must stay private");
		assertNotNull(host.getHeaders().get("Service-Component"));
		assertNotNull(host.getEntry("fonts/ipaexg.ttf"));
		assertNotNull(host.getEntry("fonts/ipaexm.ttf"));
		assertNotNull(host.getEntry("fonts/IPA_Font_License.txt"));
	}
}
