package kansa.report.excel.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.EvidenceStatus;

/**
 * Small pictures of photo evidence on the evidence sheet, so the client's copy shows what was photographed. Only
 * files that still hash as attached are shown (a changed photo is not the one audited), scaled down so that a
 * site visit's worth of phone photos does not swell the workbook.
 */
final class Thumbnails {

	/** Beyond this many, further photos are listed without a picture: the workbook stays small enough to mail. */
	static final int MAX_PICTURES = 300;
	static final int WIDTH_PX = 160;
	static final int HEIGHT_PX = 120;
	/** JPEG's own limit; larger claimed sides get no thumbnail. */
	private static final int MAX_SIDE_PX = 65_535;
	/** Row height that holds a thumbnail, in points (1 px = 0.75 pt). */
	static final float ROW_HEIGHT_PT = HEIGHT_PX * 0.75f + 6;
	private static final int EMU_PER_PX = 9525;

	private final Workbook workbook;
	private final Path auditDirectory;
	private Drawing<?> drawing;
	private int count;

	Thumbnails(Workbook workbook, Path auditDirectory) {
		this.workbook = workbook;
		this.auditDirectory = auditDirectory;
	}

	static boolean isImage(Evidence e) {
		String name = e.path().toLowerCase(Locale.ROOT);
		return e.kind() == EvidenceKind.PHOTO || e.kind() == EvidenceKind.SCREENSHOT || name.endsWith(".png")
				|| name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif") || name.endsWith(".bmp");
	}

	/** Puts a thumbnail of the evidence in the cell; false when there is none to show. */
	boolean add(Sheet sheet, Row row, int column, Evidence evidence, EvidenceStatus status) {
		if (auditDirectory == null || status != EvidenceStatus.INTACT || count >= MAX_PICTURES || !isImage(evidence)) {
			return false;
		}
		Thumbnail thumb = thumbnail(auditDirectory.resolve(evidence.path()));
		if (thumb == null) {
			return false;
		}
		if (drawing == null) {
			drawing = sheet.createDrawingPatriarch();
		}
		int picture = workbook.addPicture(thumb.png(), Workbook.PICTURE_TYPE_PNG);
		ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
		anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
		anchor.setCol1(column);
		anchor.setRow1(row.getRowNum());
		anchor.setCol2(column);
		anchor.setRow2(row.getRowNum());
		anchor.setDx1(2 * EMU_PER_PX);
		anchor.setDy1(2 * EMU_PER_PX);
		anchor.setDx2((2 + thumb.width()) * EMU_PER_PX);
		anchor.setDy2((2 + thumb.height()) * EMU_PER_PX);
		drawing.createPicture(anchor, picture);
		row.setHeightInPoints(Math.max(row.getHeightInPoints(), ROW_HEIGHT_PT));
		count++;
		return true;
	}

	private record Thumbnail(byte[] png, int width, int height) {
	}

	/**
	 * Decodes the image subsampled to about twice the thumbnail box, so memory is bounded by the box, not by the
	 * dimensions the file claims (a few-kilobyte PNG can claim 25,000 × 25,000 pixels, and ImageIO.read would
	 * allocate the whole raster before reading any pixel).
	 */
	private static BufferedImage decodeSmall(Path file) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			if (in == null) {
				return null;
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long w = reader.getWidth(0);
				long h = reader.getHeight(0);
				if (w <= 0 || h <= 0 || w > MAX_SIDE_PX || h > MAX_SIDE_PX) {
					return null; // beyond any camera: even one row would be a large buffer
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
						Math.max(w / (2L * WIDTH_PX), h / (2L * HEIGHT_PX))));
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param);
			} finally {
				reader.dispose();
			}
		}
	}

	/** A PNG no larger than the thumbnail box, keeping the aspect ratio; null for what Java cannot decode (HEIC…). */
	private static Thumbnail thumbnail(Path file) {
		try {
			if (!Files.isRegularFile(file)) {
				return null;
			}
			BufferedImage image = decodeSmall(file);
			if (image == null) {
				return null;
			}
			double scale = Math.min(1.0, Math.min((double) WIDTH_PX / image.getWidth(), (double) HEIGHT_PX / image.getHeight()));
			int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
			int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
			BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = small.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.drawImage(image, 0, 0, w, h, Color.WHITE, null);
			} finally {
				g.dispose();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(small, "png", out);
			return new Thumbnail(out.toByteArray(), w, h);
		} catch (IOException | RuntimeException e) {
			return null; // a broken image file is listed without a picture; its hash status still tells the story
		}
	}
}
