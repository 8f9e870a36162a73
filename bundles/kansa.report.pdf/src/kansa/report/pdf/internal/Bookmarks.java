package kansa.report.pdf.internal;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;

/** Document outline: one bookmark per chapter, opened in the viewer's side panel. */
final class Bookmarks {

	private Bookmarks() {
	}

	static void add(PdfDocument pdf, ReportContext ctx) {
		PdfOutline root = pdf.getOutlines(false);
		root.addOutline(ctx.t("表紙", "Cover"))
				.addDestination(PdfExplicitDestination.createFit(pdf.getPage(1)));
		for (Headings.Entry e : ctx.headings.entries()) {
			root.addOutline(e.title()).addDestination(
					PdfExplicitDestination.createXYZ(pdf.getPage(e.page()), 0, e.box().getTop() + 8, 0));
		}
		pdf.getCatalog().setPageMode(PdfName.UseOutlines);
	}
}
