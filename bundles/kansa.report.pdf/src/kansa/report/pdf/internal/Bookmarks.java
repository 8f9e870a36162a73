package kansa.report.pdf.internal;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.kernel.pdf.navigation.PdfStringDestination;

import kansa.core.audit.Audit.RecordedFinding;

/** Document outline: one bookmark per chapter and per finding, opened in the viewer's side panel. */
final class Bookmarks {

	private Bookmarks() {
	}

	static void add(PdfDocument pdf, ReportContext ctx) {
		PdfOutline root = pdf.getOutlines(false);
		root.addOutline(ctx.t("表紙", "Cover"))
				.addDestination(PdfExplicitDestination.createFit(pdf.getPage(1)));
		for (Headings.Entry e : ctx.headings.entries()) {
			PdfOutline chapter = root.addOutline(e.title());
			chapter.addDestination(
					PdfExplicitDestination.createXYZ(pdf.getPage(e.page()), 0, e.box().getTop() + 8, 0));
			if (e.title().equals(ctx.findingsTitle)) {
				findings(chapter, ctx);
			}
		}
		pdf.getCatalog().setPageMode(PdfName.UseOutlines);
	}

	/** One entry per finding under the findings chapter: number, grade and item, closed so the chapters stay visible. */
	private static void findings(PdfOutline chapter, ReportContext ctx) {
		for (RecordedFinding rf : ctx.findings) {
			String id = rf.finding().id();
			String title = id + ctx.t("　", "  ") + rf.finding().grade().label(ctx.locale) + ctx.t("　", "  ")
					+ ReportContext.shorten(rf.item().label(ctx.locale), 40);
			chapter.addOutline(title).addDestination(new PdfStringDestination(ReportContext.findingDestination(id)));
		}
		chapter.setOpen(false);
	}
}
