package kansa.report.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.audit.Audit;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceCheck;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.ItemResult;
import kansa.core.report.ReportRequest;

/** Photo evidence appears as a thumbnail on 証跡ファイル一覧; a changed photo does not. */
class ThumbnailTest {

	@TempDir
	Path auditDir;

	private Evidence photo(String name, int width, int height) throws Exception {
		Path file = auditDir.resolve("evidence/" + name);
		Files.createDirectories(file.getParent());
		BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		g.setColor(new Color(0x33, 0x66, 0x99));
		g.fillRect(0, 0, width, height);
		g.dispose();
		ImageIO.write(img, "png", file.toFile());
		return new Evidence("evidence/" + name, EvidenceCheck.sha256(file), Files.size(file), EvidenceKind.PHOTO,
				"現場写真", name, null);
	}

	private Audit withEvidence(Audit audit, List<Evidence> evidence) {
		String itemId = audit.checklist().items().findFirst().orElseThrow().id();
		ItemResult r = audit.resultsFor(itemId).stream().filter(x -> x.site().isEmpty()).findFirst()
				.orElse(ItemResult.unassessed(itemId));
		List<Evidence> all = new ArrayList<>(r.evidence());
		all.addAll(evidence);
		return audit.withResult(new ItemResult(itemId, "", r.verdict(), r.notes(), r.interviewee(), r.recordedAt(), all,
				r.findings()));
	}

	private static List<XSSFPicture> pictures(XSSFSheet sheet) {
		List<XSSFPicture> pictures = new ArrayList<>();
		if (sheet.getDrawingPatriarch() != null) {
			for (XSSFShape shape : sheet.getDrawingPatriarch().getShapes()) {
				if (shape instanceof XSSFPicture p) {
					pictures.add(p);
				}
			}
		}
		return pictures;
	}

	@Test
	void intactPhotosGetAScaledThumbnailInTheirRow() throws Exception {
		Evidence wide = photo("サーバ室.png", 1600, 1200);
		Evidence changed = photo("入口.png", 400, 300);
		Files.write(auditDir.resolve(changed.path()), new byte[] { 1, 2, 3 });
		Audit audit = withEvidence(AuditFixture.in(auditDir).build(), List.of(wide, changed));

		XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir));
		XSSFSheet sheet = wb.getSheet("証跡ファイル一覧");
		List<XSSFPicture> pictures = pictures(sheet);

		assertEquals(1, pictures.size(), "only the intact photo; the changed one and the fixture's text files get none");
		XSSFPicture picture = pictures.get(0);
		int row = picture.getClientAnchor().getRow1();
		assertEquals("evidence/サーバ室.png", Xlsx.text(sheet.getRow(row), sheet, "ファイル"));
		assertEquals(Xlsx.column(sheet, "写真"), picture.getClientAnchor().getCol1());
		BufferedImage thumb = ImageIO.read(new java.io.ByteArrayInputStream(picture.getPictureData().getData()));
		assertEquals(160, thumb.getWidth());
		assertEquals(120, thumb.getHeight(), "scaled into the box, keeping 4:3");
		assertTrue(sheet.getRow(row).getHeightInPoints() >= 90, "the row is tall enough to show it");
	}

	@Test
	void withoutTheAuditFolderThereIsNoPictureColumn() throws Exception {
		Audit audit = withEvidence(AuditFixture.in(auditDir).build(), List.of(photo("a.png", 200, 100)));
		XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, null));
		XSSFSheet sheet = wb.getSheet("証跡ファイル一覧");
		assertTrue(pictures(sheet).isEmpty());
		assertTrue(!Xlsx.headers(sheet).contains("写真"), Xlsx.headers(sheet).toString());
	}

	/**
	 * A PNG of a few bytes whose header claims 9,000 × 9,000 pixels: ImageIO.read allocated the whole raster
	 * (243 MB, a humongous object straight in the old generation; 25,000 pixels a side ran out of memory) before
	 * reading a pixel. Decoded subsampled, it costs what the thumbnail costs: the old generation does not grow by
	 * anything near the raster. Its truncated data leaves the row without a picture.
	 */
	@Test
	void aPhotoClaimingHugeDimensionsCostsNoMoreThanItsThumbnail() throws Exception {
		int side = 9_000;
		Path file = auditDir.resolve("evidence/huge.png");
		Files.createDirectories(file.getParent());
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(png, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 2)
				.put((byte) 0).put((byte) 0).put((byte) 0).array());
		java.util.zip.Deflater d = new java.util.zip.Deflater();
		d.setInput(new byte[1 + side * 3]);
		d.finish();
		byte[] row = new byte[4096];
		chunk(png, "IDAT", java.util.Arrays.copyOf(row, d.deflate(row)));
		chunk(png, "IEND", new byte[0]);
		Files.write(file, png.toByteArray());
		Evidence huge = new Evidence("evidence/huge.png", EvidenceCheck.sha256(file), Files.size(file),
				EvidenceKind.PHOTO, "巨大な写真", "huge.png", null);
		Audit audit = withEvidence(AuditFixture.in(auditDir).build(), List.of(huge, photo("small.png", 400, 300)));

		java.lang.management.MemoryPoolMXBean old = java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
				.stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP
						&& (p.getName().contains("Old") || p.getName().contains("Tenured")))
				.findFirst().orElse(null);
		assertTrue(old != null, "the test JVM's collector has an old generation");
		System.gc();
		long before = old.getUsage().getUsed();
		old.resetPeakUsage();
		XSSFWorkbook wb = Xlsx.generate(new ReportRequest(audit, auditDir));
		long grown = old.getPeakUsage().getUsed() - before;
		assertTrue(grown < 3L * side * side / 2, "the old generation grew by " + (grown >> 20) + " MB");
		List<XSSFPicture> pictures = pictures(wb.getSheet("証跡ファイル一覧"));
		assertTrue(!pictures.isEmpty(), "the ordinary photo still gets its thumbnail");
		for (XSSFPicture p : pictures) {
			BufferedImage thumb = ImageIO.read(new java.io.ByteArrayInputStream(p.getPictureData().getData()));
			assertTrue(thumb.getWidth() <= 160 && thumb.getHeight() <= 120, thumb.getWidth() + "x" + thumb.getHeight());
		}
	}

	private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		crc.update(t);
		crc.update(data);
		out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(t);
		out.writeBytes(data);
		out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}
}
