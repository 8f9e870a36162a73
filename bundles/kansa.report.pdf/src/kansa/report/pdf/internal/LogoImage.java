package kansa.report.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;

import kansa.core.report.ReportException;
import kansa.core.text.Message;

/**
 * The template's logo, read within bounds: a template is a file from elsewhere, and a huge file or a PNG that
 * declares enormous dimensions (a decompression bomb) must give one clear line, never an OutOfMemoryError. The
 * size is checked on disk and the dimensions from the image header, before any pixel is decoded.
 */
final class LogoImage {

	/** A logo is a few hundred KB; 10 MB leaves room for a print-resolution one. */
	static final long MAX_BYTES = 10L * 1024 * 1024;
	/** Larger than any logo needs at 600 dpi on the cover, small enough to decode in a 256 MB heap. */
	static final int MAX_SIDE = 5000;
	static final long MAX_PIXELS = 16_000_000L;
	private static final Set<String> FORMATS = Set.of("png", "jpeg");

	private LogoImage() {
	}

	static ImageData read(Path image) throws ReportException {
		byte[] bytes;
		try {
			long size = Files.size(image);
			if (size > MAX_BYTES) {
				throw new ReportException(Message.of(LogoImage.class, "template.logoTooLarge", image,
						String.format(Locale.ROOT, "%.1f", size / 1048576.0), String.valueOf(MAX_BYTES / (1024 * 1024))));
			}
			bytes = Files.readAllBytes(image);
			checkHeader(image, bytes);
		} catch (IOException e) {
			throw new ReportException(Message.of(LogoImage.class, "template.logoUnreadable", image, e.getMessage()), e);
		}
		try {
			return ImageDataFactory.create(bytes);
		} catch (RuntimeException | OutOfMemoryError e) { // the header was within bounds; its data may still lie
			throw notAnImage(image, e);
		}
	}

	/** Reads the format and the dimensions from the header only (ImageReader.getWidth decodes no pixel). */
	private static void checkHeader(Path image, byte[] bytes) throws IOException, ReportException {
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw notAnImage(image, null);
			}
			ImageReader reader = readers.next();
			try {
				if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
					throw notAnImage(image, null);
				}
				reader.setInput(in, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
					throw new ReportException(Message.of(LogoImage.class, "template.logoTooManyPixels", image,
							String.valueOf(width), String.valueOf(height), String.valueOf(MAX_SIDE)));
				}
			} catch (IOException | RuntimeException e) {
				throw notAnImage(image, e);
			} finally {
				reader.dispose();
			}
		}
	}

	private static ReportException notAnImage(Path image, Throwable cause) {
		return new ReportException(Message.of(LogoImage.class, "template.logoNotImage", image), cause);
	}
}
