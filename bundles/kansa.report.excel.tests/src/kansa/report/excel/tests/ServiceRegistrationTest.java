package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.core.report.ResultSheetReader;
import kansa.testing.Services;

/** Consumers only ever see the ReportGenerator service that Declarative Services registers. */
class ServiceRegistrationTest {

	@TempDir
	Path auditDir;

	private static final String XLSX = Services.property(ReportGenerator.FORMAT, "xlsx");

	/** The generator selected by its service property, as consumers do: registered by kansa.report.excel. */
	private ReportGenerator xlsxService() {
		ServiceReference<ReportGenerator> ref = Services.awaitReference(getClass(), ReportGenerator.class, XLSX);
		assertEquals("kansa.report.excel", ref.getBundle().getSymbolicName());
		ReportGenerator g = Services.await(getClass(), ReportGenerator.class, XLSX);
		assertEquals("xlsx", g.formatId(), "the service property and formatId() agree");
		return g;
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
		ServiceReference<ResultSheetReader> ref = Services.awaitReference(getClass(), ResultSheetReader.class,
				Services.property(ResultSheetReader.FORMAT, "xlsx"));
		assertEquals("kansa.report.excel", ref.getBundle().getSymbolicName());
		assertEquals("xlsx", Services.await(getClass(), ResultSheetReader.class, XLSX).formatId());
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
