package kansa.report.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;

import com.itextpdf.kernel.pdf.PdfOutputIntent;

/**
 * The sRGB output intent PDF/A asks for: every colour in the report is device RGB, and this says which RGB. The
 * ICC profile comes from the Java runtime (its standard sRGB profile), so no profile file has to be shipped.
 */
final class ColourProfile {

	private byte[] srgb;

	/** A new output intent for one document (a PdfOutputIntent belongs to the document it is written into). */
	synchronized PdfOutputIntent outputIntent() {
		if (srgb == null) {
			srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
		}
		return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
				new ByteArrayInputStream(srgb));
	}
}
