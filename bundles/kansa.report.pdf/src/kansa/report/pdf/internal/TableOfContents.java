package kansa.report.pdf.internal;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.draw.DottedLine;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TabAlignment;

/**
 * 目次 with page numbers. Its page is reserved before the chapters are laid out and filled in afterwards, when
 * the headings know their pages; one page holds far more chapters than a report has.
 */
final class TableOfContents {

	private final ReportContext ctx;
	private final String title;

	TableOfContents(ReportContext ctx) {
		this.ctx = ctx;
		this.title = ctx.t("目次", "Contents");
	}

	void reserve(Document doc) {
		doc.add(ctx.headings.track(ctx.styles.text(title, Styles.H1).setFontColor(ctx.styles.accent).setMarginBottom(18),
				title, false));
		doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
	}

	void fill(Document doc) {
		Headings.Entry self = ctx.headings.entries().stream().filter(e -> e.title().equals(title)).findFirst()
				.orElseThrow(() -> new IllegalStateException("contents page was not laid out"));
		PdfDocument pdf = doc.getPdfDocument();
		PdfPage page = pdf.getPage(self.page());
		float left = doc.getLeftMargin();
		float width = page.getPageSize().getWidth() - left - doc.getRightMargin();
		Rectangle area = new Rectangle(left, doc.getBottomMargin(), width,
				self.box().getBottom() - 6 - doc.getBottomMargin());
		PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
		try (Canvas canvas = new Canvas(pdfCanvas, area)) {
			canvas.setProperty(com.itextpdf.layout.properties.Property.SPLIT_CHARACTERS, new JapaneseSplitCharacters());
			for (Headings.Entry e : ctx.headings.entries()) {
				if (e.inContents()) {
					canvas.add(entry(e, width, pdf));
				}
			}
		}
	}

	private Paragraph entry(Headings.Entry e, float width, PdfDocument pdf) {
		DottedLine leader = new DottedLine(0.6f, 3);
		leader.setColor(Palette.MUTED);
		Paragraph p = ctx.styles.text("", 10.5f).addTabStops(new TabStop(width, TabAlignment.RIGHT, leader));
		p.add(e.title()).add(new Tab()).add(String.valueOf(e.page()));
		// clickable entry: the whole line jumps to the heading
		p.setAction(com.itextpdf.kernel.pdf.action.PdfAction.createGoTo(
				PdfExplicitDestination.createXYZ(pdf.getPage(e.page()), 0, e.box().getTop() + 8, 0)));
		return p.setMarginBottom(9);
	}
}
