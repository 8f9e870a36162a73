package kansa.report.pdf.internal;

import java.io.OutputStream;

import org.eclipse.core.runtime.SubMonitor;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.pdfa.PdfADocument;
import kansa.core.text.LocalizedText;

/** Lays out one report: the chapters in order, then contents, bookmarks and running heads. */
final class ReportWriter {

	// A4 portrait with generous margins; the top and bottom leave room for the running head and foot
	private static final float MARGIN_SIDE = 68;
	private static final float MARGIN_TOP = 78;
	private static final float MARGIN_BOTTOM = 72;

	private final ReportContext ctx;

	ReportWriter(ReportContext ctx) {
		this.ctx = ctx;
	}

	void write(OutputStream out, SubMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		// PDF/A-2u: fonts embedded with Unicode maps, sRGB output intent, XMP metadata; checked by iText on close
		PdfDocument pdf = new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2U, ctx.outputIntent);
		metadata(pdf);
		// pages stay open until the end, so headers can say "n / N" and the contents page can be filled in
		Document doc = new Document(pdf, PageSize.A4, false);
		doc.setMargins(MARGIN_TOP, MARGIN_SIDE, MARGIN_BOTTOM, MARGIN_SIDE);
		doc.setFont(ctx.fonts.gothic());
		doc.setProperty(Property.SPLIT_CHARACTERS, new JapaneseSplitCharacters());

		ctx.styles.place(LocalizedText.of("表紙", "cover"));
		CoverPage.add(doc, ctx);
		doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
		TableOfContents contents = new TableOfContents(ctx);
		contents.reserve(doc);
		progress.split(5);

		int[] n = { 0 };
		java.util.function.Supplier<String> number = () -> String.valueOf(++n[0]);
		OverviewChapter.add(doc, ctx, number.get());
		newPage(doc); // 総評 on a page of its own: what management reads first
		SummaryChapter.add(doc, ctx, number.get());
		progress.split(5);
		newPage(doc);
		new StatisticsChapter(ctx).add(doc, number.get());
		if (ctx.previous != null) {
			newPage(doc);
			new ChangesChapter(ctx).add(doc, number.get());
		}
		progress.split(5);
		newPage(doc);
		new FindingsChapter(ctx).add(doc, number.get(), progress.split(15));
		CorrectiveActionsChapter.add(doc, ctx, number.get());
		doc.flush(); // draws what is laid out and lets its renderers go: big audits stay within a small heap
		newPage(doc);
		new ResultsTable(ctx).add(doc, number.get(), progress.split(35));
		EvidenceAppendix.add(doc, ctx, progress.split(10));

		doc.flush(); // draws everything laid out so far: headings now know their pages
		progress.split(10);
		contents.fill(doc);
		Bookmarks.add(pdf, ctx);
		PageDecorations.draw(doc, ctx);
		progress.split(5);
		doc.close();
		progress.done();
	}

	private static void newPage(Document doc) {
		doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
	}

	private void metadata(PdfDocument pdf) {
		PdfDocumentInfo info = pdf.getDocumentInfo();
		String title = ctx.reportTitle() + (ctx.audit.title().isEmpty() ? "" : " " + ctx.audit.title())
				+ (ctx.draft ? ctx.t("（ドラフト）", " (draft)") : "");
		info.setTitle(title);
		info.setAuthor(ctx.audit.leadAuditor());
		info.setSubject(ctx.audit.client().name() + " " + ctx.reportTitle());
		info.setKeywords(String.join(", ", ctx.t("内部監査", "internal audit"), ctx.audit.checklist().standard(),
				ctx.audit.client().name()));
		info.setCreator("Kansa");
		pdf.getCatalog().setLang(new PdfString(ctx.english ? "en" : "ja-JP"));
		// viewers show the title, not the file name
		pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
	}
}
