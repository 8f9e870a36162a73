package kansa.report.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;

import kansa.core.report.ReportException;
import kansa.core.report.ReportRequest;
import kansa.report.pdf.internal.PdfReportGenerator;

/** The firm's branding from a template folder, and clear errors for a broken one. */
class TemplateTest {

	private static final String FULL = """
			{
			  "firmName": "みなと監査法人",
			  "accentColour": "#0F5E4C",
			  "coverWording": {"ja": "本報告書は、貴社の依頼により実施した内部監査の結果をまとめたものです。", "en": "This report sums up the internal audit."},
			  "footerText": "みなと監査法人　無断転載を禁じます"
			}
			""";

	@Test
	void brandingIsAppliedToCoverFooterAndColours(@TempDir Path dir) throws Exception {
		write(dir, FULL);
		logo(dir.resolve("logo.png"));
		byte[] pdf = generate(dir, Locale.JAPANESE);
		List<String> pages = Pdfs.pageTexts(pdf).stream().map(Pdfs::squeeze).toList();
		assertTrue(pages.get(0).contains("みなと監査法人"), pages.get(0));
		assertTrue(pages.get(0).contains("本報告書は、貴社の依頼により実施した内部監査の結果をまとめたものです。"), pages.get(0));
		for (int i = 1; i < pages.size(); i++) {
			assertTrue(pages.get(i).contains("みなと監査法人無断転載を禁じます"), "footer on page " + (i + 1));
		}
		try (PdfDocument doc = Pdfs.open(pdf)) {
			assertTrue(hasImage(doc.getPage(1).getResources().getPdfObject()), "logo on the cover");
			assertFalse(hasImage(doc.getPage(2).getResources().getPdfObject()), "logo only on the cover");
			String contents = new String(doc.getPage(2).getContentBytes(), StandardCharsets.ISO_8859_1);
			assertTrue(usesColour(contents, 0x0F, 0x5E, 0x4C), "accent colour on the contents page");
			assertFalse(usesColour(contents, 0x1F, 0x3A, 0x5F), "default indigo still used");
		}
	}

	@Test
	void englishTextsAreUsedInEnglishReports(@TempDir Path dir) throws Exception {
		write(dir, FULL);
		String cover = Pdfs.squeeze(Pdfs.pageTexts(generate(dir, Locale.ENGLISH)).get(0));
		assertTrue(cover.contains("Thisreportsumsuptheinternalaudit."), cover);
		assertTrue(cover.contains("みなと監査法人"), "a plain string serves both languages: " + cover);
	}

	@Test
	void withoutTemplateTheReportKeepsItsOwnLook() throws Exception {
		try (PdfDocument doc = Pdfs.open(Pdfs.generate(new AuditFixture().build()))) {
			String contents = new String(doc.getPage(2).getContentBytes(), StandardCharsets.ISO_8859_1);
			assertTrue(usesColour(contents, 0x1F, 0x3A, 0x5F), "default indigo");
			assertFalse(hasImage(doc.getPage(1).getResources().getPdfObject()));
		}
	}

	@Test
	void badColourNamesFileAndField(@TempDir Path dir) throws Exception {
		write(dir, "{\"accentColour\": \"blue\"}");
		assertError(dir, "report.json", "accentColour", "#RRGGBB");
		write(dir, "{\"accentColour\": \"#FFEE00\"}");
		assertError(dir, "report.json", "accentColour", "#FFEE00");
	}

	@Test
	void missingLogoNamesFileAndField(@TempDir Path dir) throws Exception {
		write(dir, "{\"logo\": \"firm.png\"}");
		assertError(dir, "report.json", "logo", "firm.png");
	}

	@Test
	void unreadableLogoIsNamed(@TempDir Path dir) throws Exception {
		write(dir, "{}");
		Files.writeString(dir.resolve("logo.png"), "not a picture");
		assertError(dir, "logo.png", "PNG");
	}

	@Test
	void logoOutsideTheFolderIsRefusedNotReportedMissing(@TempDir Path dir) throws Exception {
		Path template = Files.createDirectory(dir.resolve("template"));
		logo(dir.resolve("outside.png"));
		write(template, "{\"logo\": \"../outside.png\"}");
		ReportException outside = assertError(template, "outside.png", "template.logoOutside");
		assertTrue(outside.getMessage().contains("テンプレートのフォルダの外にあるため、安全のため使いません"), outside.getMessage());
		assertTrue(outside.getMessage().contains("outside the template folder and is refused for safety"),
				outside.getMessage());
		assertFalse(outside.getMessage().contains("does not exist"), outside.getMessage());
		write(template, "{\"logo\": \"firm.png\"}");
		ReportException missing = assertError(template, "firm.png", "template.logoMissing");
		assertTrue(missing.getMessage().contains("がありません"), missing.getMessage());
		assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
		assertFalse(missing.getMessage().contains("outside"), missing.getMessage());
	}

	@Test
	void logoLinkedFromOutsideTheFolderIsRefused(@TempDir Path dir) throws Exception {
		Path template = Files.createDirectory(dir.resolve("template"));
		logo(dir.resolve("outside.png"));
		Files.createSymbolicLink(template.resolve("logo.png"), dir.resolve("outside.png"));
		write(template, "{}");
		assertError(template, "logo.png", "template.logoOutside");
	}

	@Test
	void hugeLogoFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
		write(dir, "{}");
		try (RandomAccessFile f = new RandomAccessFile(dir.resolve("logo.png").toFile(), "rw")) {
			f.setLength(64L * 1024 * 1024); // sparse: the size alone must refuse it
		}
		assertError(dir, "logo.png", "template.logoTooLarge", "64.0 MB");
	}

	@Test
	void pngDeclaringEnormousDimensionsIsRefusedFromItsHeader(@TempDir Path dir) throws Exception {
		write(dir, "{}");
		Files.write(dir.resolve("logo.png"), pngBomb(100_000, 100_000));
		assertError(dir, "logo.png", "template.logoTooManyPixels", "100000 × 100000");
	}

	@Test
	void jpegDeclaringEnormousDimensionsIsRefusedFromItsHeader(@TempDir Path dir) throws Exception {
		write(dir, "{\"logo\": \"logo.jpg\"}");
		BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(img, "jpeg", jpeg);
		byte[] bytes = jpeg.toByteArray();
		for (int i = 0; i + 8 < bytes.length; i++) { // SOF0: FF C0, length, precision, height, width
			if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xC0) {
				bytes[i + 5] = bytes[i + 7] = (byte) 0xFD;
				bytes[i + 6] = bytes[i + 8] = (byte) 0xE8; // 65000
				break;
			}
		}
		Files.write(dir.resolve("logo.jpg"), bytes);
		assertError(dir, "logo.jpg", "template.logoTooManyPixels", "65000 × 65000");
	}

	@Test
	void textRenamedAsPngIsNamedInOneLine(@TempDir Path dir) throws Exception {
		write(dir, "{}");
		Files.writeString(dir.resolve("logo.png"), "<html>not a picture</html>\n".repeat(100));
		ReportException e = assertError(dir, "logo.png", "template.logoNotImage", "PNG");
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
	}

	/** A valid PNG header declaring the given size, with one tiny data chunk: what a decompression bomb starts with. */
	private static byte[] pngBomb(int width, int height) throws Exception {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
				.put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(png, "IHDR", ihdr.array());
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		try (DeflaterOutputStream z = new DeflaterOutputStream(deflated)) {
			z.write(new byte[4096]);
		}
		chunk(png, "IDAT", deflated.toByteArray());
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws Exception {
		byte[] t = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(t);
		crc.update(data);
		png.write(ByteBuffer.allocate(4).putInt(data.length).array());
		png.write(t);
		png.write(data);
		png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	@Test
	void typoInAFieldNameIsReported(@TempDir Path dir) throws Exception {
		write(dir, "{\"accentColor\": \"#0F5E4C\"}");
		assertError(dir, "report.json", "accentColor", "accentColour");
	}

	@Test
	void brokenJsonGivesTheLine(@TempDir Path dir) throws Exception {
		write(dir, "{\n  \"firmName\": \"みなと\",\n  \"footerText\" \"x\"\n}");
		assertError(dir, "report.json", "3");
	}

	@Test
	void missingReportJsonIsNamed(@TempDir Path dir) throws Exception {
		assertError(dir, "report.json");
		assertError(dir.resolve("nowhere"), "report.json");
	}

	/** The error names every part, in its text or as its message key. */
	private static ReportException assertError(Path dir, String... parts) throws Exception {
		ReportException e = assertThrows(ReportException.class, () -> generate(dir, Locale.JAPANESE));
		for (String part : parts) {
			assertTrue(e.getMessage().contains(part) || e.message().key().equals(part),
					"'" + part + "' not in: " + e.getMessage() + " (" + e.message().key() + ")");
		}
		return e;
	}

	private static byte[] generate(Path template, Locale locale) throws Exception {
		ReportRequest request = new ReportRequest(new AuditFixture().build(), null, locale,
				Map.of(PdfReportGenerator.OPTION_REPORT_DATE, Pdfs.REPORT_DATE, PdfReportGenerator.OPTION_TEMPLATE,
						template.toString()));
		return Pdfs.generate(new PdfReportGenerator(), request, new NullProgressMonitor());
	}

	private static void write(Path dir, String json) throws Exception {
		Files.writeString(dir.resolve("report.json"), json);
	}

	/** A 300 × 80 logo with a transparent background, as firms' logos are. */
	private static void logo(Path file) throws Exception {
		BufferedImage img = new BufferedImage(300, 80, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = img.createGraphics();
		g.setColor(new Color(0x0F, 0x5E, 0x4C));
		g.fillOval(4, 4, 72, 72);
		g.fillRect(90, 30, 200, 20);
		g.dispose();
		ImageIO.write(img, "png", file.toFile());
	}

	private static boolean hasImage(PdfDictionary resources) {
		PdfDictionary xobjects = resources.getAsDictionary(PdfName.XObject);
		if (xobjects == null) {
			return false;
		}
		for (PdfName key : xobjects.keySet()) {
			PdfStream x = xobjects.getAsStream(key);
			if (PdfName.Image.equals(x.getAsName(PdfName.Subtype))) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern RGB = Pattern.compile("([0-9.]+) ([0-9.]+) ([0-9.]+) (rg|RG)");

	private static boolean usesColour(String contents, int r, int g, int b) {
		Matcher m = RGB.matcher(contents);
		while (m.find()) {
			if (close(m.group(1), r) && close(m.group(2), g) && close(m.group(3), b)) {
				return true;
			}
		}
		return false;
	}

	private static boolean close(String value, int channel) {
		return Math.abs(Float.parseFloat(value) - channel / 255f) < 0.003;
	}
}
