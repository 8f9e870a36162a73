package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import kansa.core.report.ReportGenerator;
import kansa.testing.Services;

/** The generator reaches consumers only as a DS service. */
class PdfReportServiceTest {

	@Test
	void registeredAsReportGeneratorService() throws Exception {
		String filter = Services.property(ReportGenerator.FORMAT, "pdf");
		ServiceReference<ReportGenerator> ref = Services.awaitReference(getClass(), ReportGenerator.class, filter);
		assertEquals("kansa.report.pdf", ref.getBundle().getSymbolicName());
		ReportGenerator pdf = Services.await(getClass(), ReportGenerator.class, filter);
		assertEquals("pdf", pdf.formatId(), "the service property and formatId() agree");
		assertEquals("pdf", pdf.fileExtension());
		assertEquals("PDF 監査報告書", pdf.label().get(Locale.JAPANESE));
		assertEquals("PDF audit report", pdf.label().get(Locale.ENGLISH));
		assertEquals("kansa.report.pdf", FrameworkUtil.getBundle(pdf.getClass()).getSymbolicName());
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
