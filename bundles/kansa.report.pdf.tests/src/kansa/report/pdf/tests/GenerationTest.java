package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.report.ReportException;
import kansa.core.report.ReportRequest;
import kansa.report.pdf.internal.FontFiles;
import kansa.report.pdf.internal.PdfReportGenerator;

/** Size, cancellation and the errors a user may see. */
class GenerationTest {

	@Test
	void pageCountGrowsWithItems() throws Exception {
		int small = Pdfs.pageCount(Pdfs.generate(new AuditFixture().build()));
		int large = Pdfs.pageCount(Pdfs.generate(new AuditFixture().extraItems(150).build()));
		assertTrue(large >= small + 3, "12 items: " + small + " pages, 162 items: " + large + " pages");
	}

	@Test
	void cancelledMonitorStopsBeforeWriting() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThrows(OperationCanceledException.class, () -> new PdfReportGenerator()
				.generate(Pdfs.request(new AuditFixture().build(), Locale.JAPANESE), out, monitor));
		assertEquals(0, out.size());
	}

	@Test
	void cancellingMidwayStopsGeneration() throws Exception {
		Audit audit = new AuditFixture().extraItems(200).build();
		// cancels at 45 % of the work, i.e. while the results table is being laid out
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int done;

			@Override
			public void worked(int work) {
				done += work;
				if (done >= 45) {
					setCanceled(true);
				}
			}

			@Override
			public void internalWorked(double work) {
				worked((int) Math.ceil(work));
			}
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThrows(OperationCanceledException.class,
				() -> new PdfReportGenerator().generate(Pdfs.request(audit, Locale.JAPANESE), out, monitor));
		String tail = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
		assertFalse(tail.contains("%%EOF"), "a cancelled report must not be a complete PDF");
	}

	@Test
	void streamIsLeftOpen() throws Exception {
		boolean[] closed = { false };
		OutputStream out = new ByteArrayOutputStream() {
			@Override
			public void close() {
				closed[0] = true;
			}
		};
		new PdfReportGenerator().generate(Pdfs.request(new AuditFixture().build(), Locale.JAPANESE), out,
				new NullProgressMonitor());
		assertFalse(closed[0]);
	}

	@Test
	void missingFontIsNamedInTheError() throws Exception {
		PdfReportGenerator generator = new PdfReportGenerator(new FontFiles(path -> null));
		ReportException e = assertThrows(ReportException.class, () -> generator
				.generate(Pdfs.request(new AuditFixture().build(), Locale.JAPANESE), new ByteArrayOutputStream(), null));
		assertTrue(e.getMessage().contains("IPAex"), e.getMessage());
		assertTrue(e.getMessage().contains("fonts/ipaexg.ttf"), e.getMessage());
	}

	@Test
	void badReportDateIsExplained() throws Exception {
		ReportRequest request = new ReportRequest(new AuditFixture().build(), null, Locale.JAPANESE,
				Map.of(PdfReportGenerator.OPTION_REPORT_DATE, "24.4.2026"));
		ReportException e = assertThrows(ReportException.class,
				() -> new PdfReportGenerator().generate(request, new ByteArrayOutputStream(), null));
		assertTrue(e.getMessage().contains("24.4.2026"), e.getMessage());
	}
}
