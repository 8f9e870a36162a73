package kansa.cli.internal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Content of the demo audit's evidence files: small but realistic records a client would hand over. */
final class DemoEvidenceFiles {

	private DemoEvidenceFiles() {
	}

	static byte[] text(String content) {
		return content.getBytes(StandardCharsets.UTF_8);
	}

	/** A CSV as Excel on Japanese Windows expects it: UTF-8 with BOM, CRLF. */
	static byte[] csv(String... lines) {
		return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/** A stand-in site photo: a locked door with a badge reader, drawn rather than shipped. */
	static byte[] doorPhoto() {
		BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(0xd9, 0xdc, 0xd6));
			g.fillRect(0, 0, 640, 480);
			g.setColor(new Color(0x8a, 0x93, 0x9b));
			g.fillRect(200, 60, 240, 420);
			g.setColor(new Color(0x5b, 0x63, 0x6a));
			g.setStroke(new BasicStroke(6));
			g.drawRect(200, 60, 240, 420);
			g.setColor(new Color(0x2f, 0x35, 0x3a));
			g.fillRoundRect(470, 230, 50, 80, 10, 10);
			g.setColor(new Color(0x3c, 0xb3, 0x71));
			g.fillOval(487, 245, 16, 16);
			// a sign plate and a caption bar, as shapes only: text would need system fonts a server may lack
			g.setColor(Color.WHITE);
			g.fillRect(240, 120, 160, 50);
			g.setColor(new Color(0x1f, 0x3a, 0x5f));
			g.fillRect(255, 138, 130, 14);
			g.setColor(new Color(0, 0, 0, 150));
			g.fillRect(0, 440, 640, 40);
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(img, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
