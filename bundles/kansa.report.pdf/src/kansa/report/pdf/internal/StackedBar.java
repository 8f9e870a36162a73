package kansa.report.pdf.internal;

import java.util.Map;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;

import kansa.core.audit.Verdict;

/**
 * A horizontal bar split into one segment per verdict, drawn as vector rectangles so it stays sharp in print and
 * adds no images. Counts are written inside segments wide enough to hold them.
 */
final class StackedBar {

	static final float HEIGHT = 12;

	private StackedBar() {
	}

	/** A bar whose full width stands for the sum of the counts. */
	static Div of(Map<Verdict, Integer> counts, PdfFont font) {
		return of(counts, counts.values().stream().mapToInt(Integer::intValue).sum(), font);
	}

	/** A bar whose full width stands for {@code total}; what the counts leave is drawn as an empty track. */
	static Div of(Map<Verdict, Integer> counts, int total, PdfFont font) {
		Div div = new Div().setHeight(HEIGHT);
		div.setNextRenderer(new Renderer(div, counts, total, font));
		return div;
	}

	private static final class Renderer extends DivRenderer {

		private final Map<Verdict, Integer> counts;
		private final int total;
		private final PdfFont font;

		Renderer(Div div, Map<Verdict, Integer> counts, int total, PdfFont font) {
			super(div);
			this.counts = counts;
			this.total = total;
			this.font = font;
		}

		@Override
		public IRenderer getNextRenderer() {
			return new Renderer((Div) modelElement, counts, total, font);
		}

		@Override
		public void draw(DrawContext drawContext) {
			super.draw(drawContext);
			Rectangle box = getInnerAreaBBox();
			PdfCanvas c = drawContext.getCanvas();
			float h = box.getHeight();
			c.saveState().setFillColor(Palette.HAIRLINE).rectangle(box.getX(), box.getY(), box.getWidth(), h).fill();
			float x = box.getX();
			for (Verdict v : Verdict.values()) {
				int n = counts.getOrDefault(v, 0);
				if (n == 0 || total == 0) {
					continue;
				}
				float w = box.getWidth() * n / total;
				c.setFillColor(Palette.strong(v)).rectangle(x, box.getY(), w, h).fill();
				// a thin white gap keeps neighbouring segments apart in grey print
				c.setStrokeColor(Palette.WHITE).setLineWidth(0.8f).moveTo(x + w, box.getY())
						.lineTo(x + w, box.getY() + h).stroke();
				if (h >= HEIGHT) { // thinner bars are too low for figures
					label(c, String.valueOf(n), x, w, box.getY(), v);
				}
				x += w;
			}
			c.restoreState();
		}

		private void label(PdfCanvas c, String text, float x, float w, float y, Verdict v) {
			float size = 6.5f;
			float textWidth = font.getWidth(text, size);
			if (textWidth + 4 > w) {
				return;
			}
			boolean dark = v != Verdict.NOT_APPLICABLE && v != Verdict.NOT_ASSESSED;
			c.beginText().setFontAndSize(font, size).setFillColor(dark ? Palette.WHITE : Palette.TEXT)
					.moveText(x + (w - textWidth) / 2, y + (HEIGHT - size * 0.7f) / 2).showText(text).endText();
		}
	}
}
