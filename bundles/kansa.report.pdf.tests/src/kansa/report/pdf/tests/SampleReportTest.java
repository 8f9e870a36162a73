package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The sample reports, checked for what each is a sample of and left in the test project's target folder to look
 * at: {@code sample-report.pdf} (Japanese) and {@code sample-report-en.pdf}, with evidence re-hashed from a real
 * folder, {@code sample-report-long.pdf} with a hundred items, {@code sample-report-branded.pdf}. How long they
 * take is measured by {@code ./kansa bench report}, not here.
 */
class SampleReportTest {

	@Test
	void samplesInBothLanguagesCheckEveryEvidenceFile(@TempDir Path auditFolder) throws Exception {
		Audit audit = new AuditFixture().evidenceIn(auditFolder).build();
		PdfReportGenerator generator = new PdfReportGenerator();
		// one evidence file intact, one altered after it was recorded, one missing from the folder
		String[][] expected = { { "内部監査報告書", "一致", "改ざんの疑い", "欠落" },
				{ "InternalAuditReport", "Intact", "Changed", "Missing" } };
		Locale[] locales = { Locale.JAPANESE, Locale.ENGLISH };
		for (int l = 0; l < locales.length; l++) {
			ReportRequest request = new ReportRequest(audit, auditFolder, locales[l],
					java.util.Map.of(PdfReportGenerator.OPTION_REPORT_DATE, Pdfs.REPORT_DATE));
			byte[] pdf = Pdfs.generate(generator, request, new NullProgressMonitor());
			write(locales[l] == Locale.ENGLISH ? "sample-report-en.pdf" : "sample-report.pdf", pdf);
			String text = Pdfs.flatText(pdf);
			for (String word : expected[l]) {
				assertTrue(text.contains(word), locales[l] + " report says " + word);
			}
		}
	}

	@Test
	void longSampleRunsTheResultsOverMorePages() throws Exception {
		byte[] shortPdf = Pdfs.generate(new AuditFixture().build());
		// 90 more items: the results table runs over several more pages, and the last item is in it
		byte[] pdf = Pdfs.generate(new AuditFixture().extraItems(90).build());
		write("sample-report-long.pdf", pdf);
		assertTrue(Pdfs.pageCount(pdf) >= Pdfs.pageCount(shortPdf) + 2,
				Pdfs.pageCount(pdf) + " pages against " + Pdfs.pageCount(shortPdf));
		String text = Pdfs.flatText(pdf);
		assertTrue(text.contains("B.90") && text.contains("追加確認項目90"), "the 90th extra item is listed");
		assertEquals(-1, Pdfs.flatText(shortPdf).indexOf("追加確認項目"));
	}

	/**
	 * {@code target/sample-report-branded.pdf}: a firm's template with a logo, the previous audit and related
	 * incidents from a library service, written by the DS generator.
	 */
	@Test
	void brandedSampleCarriesTheFirmThePreviousAuditAndRelatedCases(@TempDir Path template) throws Exception {
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
			write("sample-report-branded.pdf", pdf);
			String text = Pdfs.flatText(pdf);
			assertTrue(text.contains("みなと監査法人"), "the firm's name");
			assertTrue(text.contains("無断転載・複製を禁じます"), "the firm's footer");
			assertTrue(text.contains("前回監査からの変化"), "the comparison with the previous audit");
			assertTrue(text.contains("株式会社かもめ通販"), "a related case from the library service");
		} finally {
			reg.unregister();
		}
	}

	/** Leaves the sample in the target folder and says where, for a person to look at. */
	private static void write(String name, byte[] pdf) throws java.io.IOException {
		Path file = targetFolder().resolve(name);
		Files.write(file, pdf);
		System.out.printf("sample %s: %d pages%n", file, Pdfs.pageCount(pdf));
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
