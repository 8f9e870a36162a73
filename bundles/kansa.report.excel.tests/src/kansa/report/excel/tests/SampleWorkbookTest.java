package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Audit;
import kansa.core.report.ReportRequest;
import kansa.report.excel.internal.ExcelReportGenerator;

/**
 * Writes sample workbooks next to the test run (target/samples/) for a human, or LibreOffice, to look at. One
 * evidence file is changed and one deleted so that the statuses show, and one note carries a formula payload.
 */
class SampleWorkbookTest {

	@TempDir
	Path auditDir;

	@Test
	void writeSamples() throws Exception {
		Audit audit = AuditFixture.in(auditDir).notes("j4-5", "=HYPERLINK(\"http://example.com\",\"click\")").build();
		Files.writeString(auditDir.resolve(AuditFixture.REGISTER_XLSX), "changed after attaching");
		Files.delete(auditDir.resolve(AuditFixture.TRAINING_PDF));
		Path dir = Path.of(System.getProperty("user.dir"), "target", "samples");
		Files.createDirectories(dir);
		for (Locale locale : new Locale[] { Locale.JAPANESE, Locale.ENGLISH }) {
			Path file = dir.resolve("sample-" + locale.getLanguage() + ".xlsx");
			try (OutputStream out = Files.newOutputStream(file)) {
				new ExcelReportGenerator().generate(new ReportRequest(audit, auditDir, locale, Map.of()), out,
						new NullProgressMonitor());
			}
			System.out.println("SampleWorkbookTest: wrote " + file);
			assertTrue(Files.size(file) > 5000);
		}
	}
}
