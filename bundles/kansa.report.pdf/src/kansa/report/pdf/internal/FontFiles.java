package kansa.report.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;

import kansa.core.report.ReportException;

/**
 * The Japanese fonts shipped inside this bundle (IPAex, IPA Font License). They are embedded, never referenced:
 * iText's HeiseiKakuGo is not embedded and shows nothing on machines without Japanese fonts.
 */
public final class FontFiles {

	static final String GOTHIC = "fonts/ipaexg.ttf";
	static final String MINCHO = "fonts/ipaexm.ttf";
	/**
	 * Noto Sans CJK JP (OFL), only the characters IPAex lacks (𠮷 and other JIS X 0213 and rare ideographs): a
	 * subset keeps the bundle small, one face serves both, as such characters are rare in running text.
	 */
	static final String FALLBACK = "fonts/NotoSansCJKjp-Fallback.otf";

	private final Function<String, InputStream> opener;
	// ~14 MB together: read once per generator instance, but a PdfFont belongs to one document
	private byte[] gothic;
	private byte[] mincho;
	private byte[] fallback;

	/** @param opener opens a bundle resource by path, returns null when it is absent */
	public FontFiles(Function<String, InputStream> opener) {
		this.opener = opener;
	}

	/** Reads resources through the bundle's own class loader, so it works inside OSGi and in plain Java. */
	public static FontFiles fromBundle() {
		return new FontFiles(path -> FontFiles.class.getResourceAsStream("/" + path));
	}

	/** Both faces, created for one PDF document (iText fonts must not be shared between documents). */
	public synchronized ReportFonts createFonts() throws ReportException {
		if (gothic == null) {
			gothic = read(GOTHIC, "IPAexゴシック (IPAexGothic)");
		}
		if (mincho == null) {
			mincho = read(MINCHO, "IPAex明朝 (IPAexMincho)");
		}
		if (fallback == null) {
			fallback = read(FALLBACK, "Noto Sans CJK JP");
		}
		return new ReportFonts(embed(gothic, GOTHIC), embed(mincho, MINCHO), embed(fallback, FALLBACK));
	}

	private byte[] read(String path, String fontName) throws ReportException {
		try (InputStream in = opener.apply(path)) {
			if (in == null) {
				throw new ReportException("PDF に埋め込むフォント " + fontName + " が見つかりません (" + path
						+ ")。kansa.report.pdf バンドルが壊れている可能性があります。 / The font " + fontName
						+ " to embed in the PDF is missing (" + path + ").");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new ReportException("フォント " + fontName + " (" + path + ") を読み込めません: " + e.getMessage(), e);
		}
	}

	private static PdfFont embed(byte[] bytes, String path) throws ReportException {
		try {
			return PdfFontFactory.createFont(bytes, PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED);
		} catch (IOException | RuntimeException e) {
			throw new ReportException("フォント " + path + " を PDF に埋め込めません: " + e.getMessage(), e);
		}
	}

	/**
	 * Gothic (sans) for headings, tables and labels; Mincho (serif) for running prose; the fallback for the
	 * characters both lack (embedded only when a report uses it, as a subset like the others).
	 */
	public record ReportFonts(PdfFont gothic, PdfFont mincho, PdfFont fallback) {
	}
}
