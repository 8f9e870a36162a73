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

	/**
	 * {@code target/sample-report-branded.pdf}: a firm's template with a logo, the previous audit and related
	 * incidents from a library service, written by the DS generator.
	 */
	@Test
	void writeBrandedSample(@TempDir Path template) throws Exception {
		Files.writeString(template.resolve("report.json"), """
				{"firmName": "みなと監査法人", "accentColour": "#0F5E4C",
				 "coverWording": "本報告書は、貴社の依頼に基づき実施した内部監査の結果を取りまとめたものです。",
				 "footerText": "みなと監査法人　無断転載・複製を禁じます"}
				""");
		java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(360, 90,
				java.awt.image.BufferedImage.TYPE_INT_ARGB);
		java.awt.Graphics2D g = img.createGraphics();
		g.setColor(new java.awt.Color(0x0F, 0x5E, 0x4C));
		g.fillOval(0, 5, 80, 80);
		g.fillRect(95, 35, 250, 22);
		g.dispose();
		javax.imageio.ImageIO.write(img, "png", template.resolve("logo.png").toFile());
		RelatedIncidentsTest.findGenerator();
		Audit audit = new AuditFixture().build();
		var library = RelatedIncidentsTest.library("sample",
				RelatedIncidentsTest.incident("c1", "株式会社かもめ通販", java.time.LocalDate.of(2024, 5, 20), 12_000L, "件",
						"不正アクセス", "受注システムの脆弱性を突かれ、顧客情報が流出した。",
						RelatedIncidentsTest.map("i-333", "新規サービスのリスク分析が行われていなかった")),
				RelatedIncidentsTest.incident("c2", "ひばり学習塾", java.time.LocalDate.of(2023, 2, 1), 340L, "人", "誤送信",
						"委託先の配送業者が保護者の名簿を誤って別の顧客に送付した。", RelatedIncidentsTest.map("i-34334", "")));
		var reg = org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext()
				.registerService(kansa.core.incident.IncidentLibrary.class, library, null);
		try {
			ReportRequest request = new ReportRequest(audit, null, Locale.JAPANESE,
					java.util.Map.of(PdfReportGenerator.OPTION_REPORT_DATE, Pdfs.REPORT_DATE,
							PdfReportGenerator.OPTION_TEMPLATE, template.toString()))
					.withPreviousAudit(AuditFixture.previous(audit));
			byte[] pdf = Pdfs.generate(RelatedIncidentsTest.pdf, request, new NullProgressMonitor());
			Path file = targetFolder().resolve("sample-report-branded.pdf");
			Files.write(file, pdf);
			System.out.printf("sample %s: %d pages, %d bytes%n", file, Pdfs.pageCount(pdf), pdf.length);
			assertTrue(Pdfs.flatText(pdf).contains("株式会社かもめ通販"));
		} finally {
			reg.unregister();
		}
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
