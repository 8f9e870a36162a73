package kansa.report.pdf.internal;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;

import kansa.core.audit.Audit;
import kansa.core.checklist.Checklist;

/** Page 1: who, what, when, and the sign-off boxes (承認欄) where Japanese reports put them. */
final class CoverPage {

	private static final float STAMP_WIDTH = 64;
	private static final float STAMP_HEIGHT = 58;
	private static final float LOGO_WIDTH = 150;
	private static final float LOGO_HEIGHT = 40;

	private CoverPage() {
	}

	static void add(Document doc, ReportContext ctx) {
		Styles s = ctx.styles;
		Audit a = ctx.audit;
		doc.add(s.text(ctx.t("社外秘", "Confidential"), 9).setFontColor(Palette.CONFIDENTIAL)
				.setBorder(new SolidBorder(Palette.CONFIDENTIAL, 0.8f)).setWidth(ctx.english ? 72 : 52)
				.setTextAlignment(TextAlignment.CENTER).setPaddingTop(2).setPaddingBottom(2)
				.setHorizontalAlignment(HorizontalAlignment.RIGHT));

		String addressee = ctx.english ? "Prepared for " + a.client().name() : a.client().name() + "　御中";
		doc.add(s.text(addressee, 13).setMarginTop(96));
		doc.add(s.text(ctx.reportTitle(), ctx.english ? 30 : 32).setFontColor(s.accent)
				.setCharacterSpacing(ctx.english ? 0.5f : 5).setMarginTop(26));
		if (!a.title().isEmpty()) {
			doc.add(s.text(a.title(), 14).setFontColor(Palette.MUTED).setMarginTop(6));
		}
		SolidLine line = new SolidLine(1.5f);
		line.setColor(s.accent);
		doc.add(new LineSeparator(line).setWidth(UnitValue.createPercentValue(100)).setMarginTop(18)
				.setMarginBottom(22));
		doc.add(facts(ctx));
		String wording = ctx.text(ctx.template.coverWording());
		if (!wording.isEmpty()) {
			doc.add(s.prose(wording).setFontColor(Palette.MUTED).setMarginTop(16));
		}
		doc.add(signOff(ctx, doc));
		firm(doc, ctx);
	}

	/** The consultant's firm, from the template: logo at the top left, name at the bottom left. */
	private static void firm(Document doc, ReportContext ctx) {
		PageSize page = PageSize.A4;
		Template t = ctx.template;
		if (t.logo() != null) {
			Image logo = new Image(t.logo());
			// fits a 150 × 40 pt box, keeping its proportions
			float scale = Math.min(LOGO_WIDTH / logo.getImageWidth(), LOGO_HEIGHT / logo.getImageHeight());
			logo.scale(scale, scale);
			logo.setFixedPosition(1, doc.getLeftMargin(),
					page.getHeight() - doc.getTopMargin() - logo.getImageScaledHeight() + 14);
			doc.add(logo);
		}
		String name = ctx.text(t.firmName());
		if (!name.isEmpty()) {
			float width = page.getWidth() - doc.getLeftMargin() - doc.getRightMargin() - 3 * STAMP_WIDTH - 24;
			doc.add(new Div().add(ctx.styles.text(ctx.t("作成", "Prepared by"), 8).setFontColor(Palette.MUTED))
					.add(ctx.styles.text(name, 12).setFontColor(ctx.styles.accent).setMarginTop(2))
					.setFixedPosition(1, doc.getLeftMargin(), doc.getBottomMargin(), width));
		}
	}

	private static Table facts(ReportContext ctx) {
		Styles s = ctx.styles;
		Audit a = ctx.audit;
		Checklist c = a.checklist();
		Table t = s.table(26, 74);
		fact(t, s, ctx.t("監査期間", "Audit period"), ctx.period());
		fact(t, s, ctx.t("監査責任者", "Lead auditor"), ReportContext.orDash(a.leadAuditor()));
		if (!a.team().isEmpty()) {
			fact(t, s, ctx.t("監査員", "Audit team"), String.join(ctx.t("、", ", "), a.team()));
		}
		// no break inside "JIS Q 15001:2023"
		String standard = (c.edition().isEmpty() ? c.standard() : c.edition()).replace(' ', '\u00A0');
		fact(t, s, ctx.t("監査基準", "Criteria"),
				c.title().get(ctx.locale) + (standard.isEmpty() ? "" : ctx.parens(standard)));
		fact(t, s, ctx.t("報告日", "Report date"), ctx.date(ctx.reportDate));
		fact(t, s, ctx.t("監査の状態", "Status"), a.status().label(ctx.locale));
		return t;
	}

	private static void fact(Table t, Styles s, String label, String value) {
		// the smaller label is lowered a little so both sit on one baseline
		t.addCell(new Cell().add(s.text(label, 9.5f).setFontColor(Palette.MUTED)).setBorder(Border.NO_BORDER)
				.setBorderBottom(new SolidBorder(Palette.HAIRLINE, 0.5f)).setPaddingTop(8.2f).setPaddingBottom(7));
		t.addCell(new Cell().add(s.text(value, 10.5f)).setBorder(Border.NO_BORDER)
				.setBorderBottom(new SolidBorder(Palette.HAIRLINE, 0.5f)).setPaddingTop(7).setPaddingBottom(7));
	}

	/** 承認・確認・作成 stamp boxes, pinned to the bottom right of the cover. */
	private static Table signOff(ReportContext ctx, Document doc) {
		Styles s = ctx.styles;
		Table t = new Table(UnitValue.createPointArray(new float[] { STAMP_WIDTH, STAMP_WIDTH, STAMP_WIDTH }));
		String[] roles = { ctx.t("承認", "Approved"), ctx.t("確認", "Reviewed"), ctx.t("作成", "Prepared") };
		for (String role : roles) {
			t.addCell(box(s.text(role, 8).setTextAlignment(TextAlignment.CENTER)).setBackgroundColor(Palette.LABEL_FILL));
		}
		for (int i = 0; i < roles.length; i++) {
			t.addCell(box(s.text("", 8)).setHeight(STAMP_HEIGHT));
		}
		for (int i = 0; i < roles.length; i++) {
			String name = i == roles.length - 1 ? ctx.audit.leadAuditor() : "";
			t.addCell(box(s.text(name.isEmpty() ? " " : name, 7).setTextAlignment(TextAlignment.CENTER)));
		}
		for (int i = 0; i < roles.length; i++) {
			t.addCell(box(s.text(ctx.t("　 /　 /", "  /  /"), 7).setFontColor(Palette.MUTED)
					.setTextAlignment(TextAlignment.CENTER)));
		}
		float width = 3 * STAMP_WIDTH;
		PageSize page = PageSize.A4;
		t.setFixedPosition(1, page.getWidth() - doc.getRightMargin() - width, doc.getBottomMargin(), width);
		return t;
	}

	private static Cell box(com.itextpdf.layout.element.Paragraph p) {
		return new Cell().add(p).setBorder(new SolidBorder(Palette.RULE, 0.6f)).setPadding(3);
	}
}
