package kansa.report.pdf.internal;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import kansa.core.text.LocalizedText;

/**
 * Running header (client, report title), footer (社外秘, the firm's footer text, page n / N) and the cover's accent band. Drawn after
 * layout, when the page count is known; the document keeps its pages open until then.
 */
final class PageDecorations {

	private static final LocalizedText HEADER_FOOTER = LocalizedText.of("ヘッダー・フッター", "page header and footer");

	private PageDecorations() {
	}

	static void draw(Document doc, ReportContext ctx) {
		PdfDocument pdf = doc.getPdfDocument();
		int total = pdf.getNumberOfPages();
		for (int n = 1; n <= total; n++) {
			PdfPage page = pdf.getPage(n);
			PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
			Rectangle box = page.getPageSize();
			try (Canvas canvas = new Canvas(pdfCanvas, box)) {
				if (n == 1) {
					cover(pdfCanvas, box, ctx);
				} else {
					header(canvas, pdfCanvas, doc, ctx, box);
					footer(canvas, pdfCanvas, doc, ctx, box, n, total);
				}
				if (ctx.draft) {
					draftStamp(canvas, pdfCanvas, doc, ctx, box);
				}
			}
			pdfCanvas.release();
		}
	}

	private static void cover(PdfCanvas c, Rectangle box, ReportContext ctx) {
		c.saveState().setFillColor(ctx.styles.accent).rectangle(0, box.getTop() - 14, box.getWidth(), 14).fill()
				.setFillColor(ctx.styles.accentMid).rectangle(0, box.getTop() - 17, box.getWidth(), 3).fill()
				.restoreState();
	}

	private static void header(Canvas canvas, PdfCanvas c, Document doc, ReportContext ctx, Rectangle box) {
		float left = doc.getLeftMargin();
		float right = box.getWidth() - doc.getRightMargin();
		float y = box.getTop() - doc.getTopMargin() + 22;
		canvas.showTextAligned(small(ctx, ctx.audit.client().name()), left, y + 4, TextAlignment.LEFT,
				VerticalAlignment.BOTTOM);
		String title = ctx.reportTitle() + (ctx.audit.title().isEmpty() ? "" : "　" + ctx.audit.title());
		canvas.showTextAligned(small(ctx, title), right, y + 4, TextAlignment.RIGHT, VerticalAlignment.BOTTOM);
		rule(c, left, right, y);
	}

	/**
	 * 「ドラフト」 in a red frame at the top centre of every page, cover included, like a rubber stamp: opaque ink
	 * only, so the page stays PDF/A without transparency.
	 */
	private static void draftStamp(Canvas canvas, PdfCanvas c, Document doc, ReportContext ctx, Rectangle box) {
		String label = ctx.t("ドラフト", "DRAFT");
		float size = 9;
		float spacing = 2;
		float width = ctx.fonts.gothic().getWidth(label, size) + spacing * label.length() + 14;
		float height = size + 6;
		float centre = box.getWidth() / 2;
		float bottom = box.getTop() - doc.getTopMargin() + 24;
		c.saveState().setStrokeColor(Palette.CONFIDENTIAL).setLineWidth(0.9f)
				.rectangle(centre - width / 2, bottom, width, height).stroke().restoreState();
		canvas.showTextAligned(ctx.styles.text(label, size).setFontColor(Palette.CONFIDENTIAL)
				.setCharacterSpacing(spacing), centre + spacing / 2, bottom + height / 2, TextAlignment.CENTER,
				VerticalAlignment.MIDDLE);
	}

	private static void footer(Canvas canvas, PdfCanvas c, Document doc, ReportContext ctx, Rectangle box, int n,
			int total) {
		float left = doc.getLeftMargin();
		float right = box.getWidth() - doc.getRightMargin();
		float y = doc.getBottomMargin() - 22;
		rule(c, left, right, y + 12);
		canvas.showTextAligned(small(ctx, ctx.t("社外秘", "Confidential")).setFontColor(Palette.CONFIDENTIAL), left, y,
				TextAlignment.LEFT, VerticalAlignment.TOP);
		canvas.showTextAligned(small(ctx, n + " / " + total), right, y, TextAlignment.RIGHT, VerticalAlignment.TOP);
		// the firm's footer line (or its name) in the middle, when the template has one
		String middle = ctx.text(ctx.template.footerText());
		middle = middle.isEmpty() ? ctx.text(ctx.template.firmName()) : middle;
		if (!middle.isEmpty()) {
			canvas.showTextAligned(small(ctx, ReportContext.shorten(middle, 70)), (left + right) / 2, y,
					TextAlignment.CENTER, VerticalAlignment.TOP);
		}
	}

	private static Paragraph small(ReportContext ctx, String text) {
		ctx.styles.place(HEADER_FOOTER); // drawn after the pages' content, whatever place came last
		return ctx.styles.text(text, 7.5f).setFontColor(Palette.MUTED);
	}

	private static void rule(PdfCanvas c, float left, float right, float y) {
		c.saveState().setStrokeColor(Palette.RULE).setLineWidth(0.5f).moveTo(left, y).lineTo(right, y).stroke()
				.restoreState();
	}
}
