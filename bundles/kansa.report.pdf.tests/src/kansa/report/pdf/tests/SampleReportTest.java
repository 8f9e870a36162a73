package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Audit;
import kansa.core.report.ReportRequest;
import kansa.report.pdf.internal.PdfReportGenerator;

/**
 * Writes sample reports to look at: {@code target/sample-report.pdf} (Japanese) and
 * {@code target/sample-report-en.pdf}, with evidence re-hashed from a real folder, and
 * {@code target/sample-report-long.pdf} with a hundred items.
 */
class SampleReportTest {

	@Test
	void writeSamples(@TempDir Path auditFolder) throws Exception {
		Audit audit = new AuditFixture().evidenceIn(auditFolder).build();
		Path target = targetFolder();
		PdfReportGenerator generator = new PdfReportGenerator();
		for (Locale locale : new Locale[] { Locale.JAPANESE, Locale.ENGLISH }) {
			ReportRequest request = new ReportRequest(audit, auditFolder, locale,
					java.util.Map.of(PdfReportGenerator.OPTION_REPORT_DATE, Pdfs.REPORT_DATE));
			long start = System.nanoTime();
			byte[] pdf = Pdfs.generate(generator, request, new NullProgressMonitor());
			long millis = (System.nanoTime() - start) / 1_000_000;
			Path file = target.resolve(locale == Locale.ENGLISH ? "sample-report-en.pdf" : "sample-report.pdf");
			Files.write(file, pdf);
			// once more, warm: fonts read and classes loaded, as for the second report of a session
			long warmStart = System.nanoTime();
			Pdfs.generate(generator, request, new NullProgressMonitor());
			long warmMillis = (System.nanoTime() - warmStart) / 1_000_000;
			System.out.printf("sample %s: %d pages, %d bytes, %d ms (warm %d ms)%n", file, Pdfs.pageCount(pdf),
					pdf.length, millis, warmMillis);
			assertTrue(pdf.length > 10_000);
		}
	}

	@Test
	void writeLongSample() throws Exception {
		// 90 more items: the results table runs over several pages
		byte[] pdf = Pdfs.generate(new AuditFixture().extraItems(90).build());
		Path file = targetFolder().resolve("sample-report-long.pdf");
		Files.write(file, pdf);
		System.out.printf("sample %s: %d pages, %d bytes%n", file, Pdfs.pageCount(pdf), pdf.length);
	}

	/** The test project's target folder: tycho-surefire runs with a work folder inside it. */
	private static Path targetFolder() throws java.io.IOException {
		Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path p = dir; p != null; p = p.getParent()) {
			if (p.getFileName() != null && p.getFileName().toString().equals("target")) {
				return p;
			}
		}
		Path target = dir.resolve("target");
		Files.createDirectories(target);
		return target;
	}
}
