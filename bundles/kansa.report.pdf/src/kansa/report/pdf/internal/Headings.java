package kansa.report.pdf.internal;

import java.util.ArrayList;
import java.util.List;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;

/**
 * Chapter headings and where they were finally drawn. Page numbers are only known once a heading is drawn, so
 * the table of contents and the bookmarks are built from this list after layout.
 */
final class Headings {

	/** A heading as drawn: page number (1-based) and its box on that page. */
	record Entry(String title, boolean inContents, int page, Rectangle box) {
	}

	private final List<Entry> entries = new ArrayList<>();

	List<Entry> entries() {
		return List.copyOf(entries);
	}

	/** Makes the paragraph report its final position here when drawn. */
	Paragraph track(Paragraph heading, String title, boolean inContents) {
		heading.setNextRenderer(new Tracking(heading, title, inContents));
		return heading;
	}

	private final class Tracking extends ParagraphRenderer {

		private final String title;
		private final boolean inContents;

		Tracking(Paragraph p, String title, boolean inContents) {
			super(p);
			this.title = title;
			this.inContents = inContents;
		}

		@Override
		public void draw(DrawContext drawContext) {
			super.draw(drawContext);
			// draw() runs once per final placement; a heading split over pages would be drawn twice, keep the first
			if (entries.stream().noneMatch(e -> e.title().equals(title))) {
				entries.add(new Entry(title, inContents, occupiedArea.getPageNumber(), occupiedArea.getBBox().clone()));
			}
		}

		@Override
		public IRenderer getNextRenderer() {
			return new Tracking((Paragraph) modelElement, title, inContents);
		}
	}
}
