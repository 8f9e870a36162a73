package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Audit;
import kansa.core.report.ReportException;
import kansa.core.report.ReportRequest;
import kansa.report.excel.internal.ExcelReportGenerator;

/** Contract of ReportGenerator: progress, cancellation, errors, the caller's stream, the language. */
class GeneratorBehaviourTest {

	@TempDir
	Path auditDir;

	private final ExcelReportGenerator generator = new ExcelReportGenerator();

	@Test
	void cancelledMonitorStopsTheReport() throws Exception {
		Audit audit = AuditFixture.in(auditDir).build();
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThrows(OperationCanceledException.class,
				() -> generator.generate(new ReportRequest(audit, auditDir), out, monitor));
		assertEquals(0, out.size(), "nothing written once cancelled");
	}

	@Test
	void progressIsReportedToTheEnd() throws Exception {
		Audit audit = AuditFixture.in(auditDir).build();
		double[] work = { 0, 0 }; // total announced, work reported
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				work[0] = totalWork;
			}

			@Override
			public void worked(int w) {
				internalWorked(w);
			}

			@Override
			public void internalWorked(double w) {
				work[1] += w;
			}
		};
		generator.generate(new ReportRequest(audit, auditDir), new ByteArrayOutputStream(), monitor);
		assertTrue(work[0] > 0, "beginTask called");
		assertEquals(work[0], work[1], 0.01, "all announced work reported");
	}

	@Test
	void failingStreamBecomesAReportExceptionWithAMessage() throws Exception {
		Audit audit = AuditFixture.in(auditDir).build();
		OutputStream broken = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("ディスクの空き容量が不足しています");
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				write(0);
			}
		};
		ReportException e = assertThrows(ReportException.class,
				() -> generator.generate(new ReportRequest(audit, auditDir), broken, new NullProgressMonitor()));
		assertEquals("Excel ファイルを書き込めませんでした: ディスクの空き容量が不足しています", e.getMessage());
	}

	@Test
	void callersStreamIsLeftOpen() throws Exception {
		Audit audit = AuditFixture.in(auditDir).build();
		boolean[] closed = { false };
		ByteArrayOutputStream out = new ByteArrayOutputStream() {
			@Override
			public void close() {
				closed[0] = true;
			}
		};
		generator.generate(new ReportRequest(audit, auditDir), out, null);
		assertFalse(closed[0]);
		assertTrue(out.size() > 1000);
	}

	@Test
	void englishReportHasEnglishSheetsAndLabels() throws Exception {
		Audit audit = AuditFixture.in(auditDir).build();
		try (XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir, Locale.ENGLISH, Map.of()))) {
			assertEquals(List.of("Cover", "Summary", "Checklist results", "Findings", "Corrective actions", "Evidence files"),
					Xlsx.sheetNames(wb));
			Sheet sheet = wb.getSheet("Checklist results");
			assertEquals(List.of("No.", "Requirements", "Item", "How to check", "Site", "Verdict", "Notes", "Evidence",
					"Interviewee"), Xlsx.headers(sheet));
			assertEquals("Supervision of contractors", Xlsx.text(Xlsx.onlyRowWhere(sheet, "No.", "J.4-1"), sheet, "Item"));
			assertEquals("Major nonconformity", Xlsx.text(Xlsx.onlyRowWhere(sheet, "No.", "J.4-1"), sheet, "Verdict"));
			assertEquals("Not assessed", Xlsx.text(Xlsx.onlyRowWhere(sheet, "No.", "J.4-4"), sheet, "Verdict"));
		}
	}

	@Test
	void linkPrefixOptionPointsLinksAtTheAuditFolder() throws Exception {
		Audit audit = AuditFixture.in(auditDir).build();
		ReportRequest request = new ReportRequest(audit, auditDir, Locale.JAPANESE,
				Map.of(ExcelReportGenerator.OPTION_LINK_PREFIX, "../2026 内部監査"));
		try (XSSFWorkbook wb = Xlsx.generate(request)) {
			Sheet sheet = wb.getSheet("証跡ファイル一覧");
			assertEquals("../2026%20内部監査/" + AuditFixture.POLICY_PDF,
					Xlsx.onlyRowWhere(sheet, "ファイル", AuditFixture.POLICY_PDF).getCell(1).getHyperlink().getAddress());
		}
	}
}
