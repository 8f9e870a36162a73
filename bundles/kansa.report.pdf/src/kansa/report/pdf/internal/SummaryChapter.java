package kansa.report.pdf.internal;

import java.util.Map;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.BorderCollapsePropertyValue;
import com.itextpdf.layout.properties.TextAlignment;

import kansa.core.audit.Verdict;

/** 総評: key figures at a glance, then the lead auditor's overall assessment. */
final class SummaryChapter {

	private SummaryChapter() {
	}

	static void add(Document doc, ReportContext ctx, String number) {
		Styles s = ctx.styles;
		doc.add(ctx.chapter(number, ctx.t("総評", "Overall Assessment")));
		doc.add(tiles(ctx));
		String summary = ctx.audit.summary();
		if (summary.isEmpty()) {
			doc.add(s.prose(ctx.t("（総評は記入されていません。）", "(No overall assessment was recorded.)"))
					.setFontColor(Palette.MUTED));
			return;
		}
		for (String paragraph : summary.split("\\R+")) {
			if (!paragraph.isBlank()) {
				// 字下げ: Japanese paragraphs start indented by one character
				doc.add(s.prose(paragraph.strip()).setFirstLineIndent(ctx.english ? 0 : Styles.BODY));
			}
		}
	}

	private static Table tiles(ReportContext ctx) {
		Map<Verdict, Integer> c = ctx.audit.verdictCounts();
		int total = ctx.audit.checklist().itemCount();
		int assessed = total - c.get(Verdict.NOT_ASSESSED);
		Table t = ctx.styles.table(25, 25, 25, 25);
		t.setBorderCollapse(BorderCollapsePropertyValue.SEPARATE).setHorizontalBorderSpacing(8)
				.setVerticalBorderSpacing(0).setMarginBottom(18).setMarginTop(2);
		t.addCell(tile(ctx, assessed + " / " + total, ctx.t("評価済み項目", "Items assessed"), Palette.ACCENT));
		t.addCell(tile(ctx, String.valueOf(c.get(Verdict.MAJOR_NONCONFORMITY) + c.get(Verdict.MINOR_NONCONFORMITY)),
				ctx.t("不適合（重大 ", "Nonconformities (major ") + c.get(Verdict.MAJOR_NONCONFORMITY)
						+ ctx.t("・軽微 ", ", minor ") + c.get(Verdict.MINOR_NONCONFORMITY) + ctx.t("）", ")"),
				Palette.strong(Verdict.MAJOR_NONCONFORMITY)));
		t.addCell(tile(ctx, String.valueOf(c.get(Verdict.OBSERVATION)), Verdict.OBSERVATION.label(ctx.locale),
				Palette.strong(Verdict.OBSERVATION)));
		t.addCell(tile(ctx, String.valueOf(c.get(Verdict.OPPORTUNITY_FOR_IMPROVEMENT)),
				Verdict.OPPORTUNITY_FOR_IMPROVEMENT.label(ctx.locale),
				Palette.strong(Verdict.OPPORTUNITY_FOR_IMPROVEMENT)));
		return t;
	}

	private static Cell tile(ReportContext ctx, String figure, String label, com.itextpdf.kernel.colors.Color colour) {
		return new Cell().add(ctx.styles.text(figure, 20).setFontColor(colour).setTextAlignment(TextAlignment.CENTER))
				.add(ctx.styles.text(label, Styles.SMALL).setFontColor(Palette.MUTED)
						.setTextAlignment(TextAlignment.CENTER).setMarginTop(2))
				.setBorder(Border.NO_BORDER).setBorderTop(new SolidBorder(colour, 2))
				.setBackgroundColor(Palette.LABEL_FILL).setPadding(8);
	}
}
