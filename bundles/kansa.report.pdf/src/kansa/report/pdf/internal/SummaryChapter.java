package kansa.report.pdf.internal;

import java.util.Map;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.BorderCollapsePropertyValue;
import com.itextpdf.layout.properties.TextAlignment;

import kansa.core.audit.Audit.RecordedFinding;
import kansa.core.audit.Finding;
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
		}
		for (String paragraph : summary.split("\\R+")) {
			if (!paragraph.isBlank()) {
				// 字下げ: Japanese paragraphs start indented by one character
				doc.add(s.prose(paragraph.strip()).setFirstLineIndent(ctx.english ? 0 : Styles.BODY));
			}
		}
		findings(doc, ctx);
	}

	/** One line per finding, its number linked to the finding's details. */
	private static void findings(Document doc, ReportContext ctx) {
		if (ctx.findings.isEmpty()) {
			return;
		}
		Styles s = ctx.styles;
		doc.add(s.subheading(ctx.t("指摘事項の一覧", "Findings at a glance")));
		Table t = ctx.english ? s.table(11, 21, 16, 52) : s.table(10, 16, 16, 58);
		t.addHeaderCell(s.header("No."));
		t.addHeaderCell(s.header(ctx.t("区分", "Grade")));
		t.addHeaderCell(s.header(ctx.t("確認項目", "Item")));
		t.addHeaderCell(s.header(ctx.t("指摘内容", "Statement")));
		for (RecordedFinding rf : ctx.findings) {
			Finding f = rf.finding();
			t.addCell(s.cell(s.link(f.id(), ReportContext.findingDestination(f.id()), Styles.TABLE)));
			t.addCell(s.cell(s.text(f.grade().label(ctx.locale), Styles.SMALL)
					.setFontColor(Palette.strong(Palette.asVerdict(f.grade())))));
			t.addCell(s.cell(rf.item().number().isEmpty() ? rf.item().title().get(ctx.locale) : rf.item().number()));
			t.addCell(s.cell(ReportContext.shorten(f.statement(), ctx.english ? 110 : 60)));
		}
		doc.add(t);
		doc.add(s.note(ctx.t("番号を選ぶと、その指摘事項の詳細へ移動します。", "Select a number to go to the finding's details.")));
	}

	private static Table tiles(ReportContext ctx) {
		Map<Verdict, Integer> c = ctx.audit.verdictCounts();
		int total = ctx.audit.checklist().itemCount();
		int assessed = total - c.get(Verdict.NOT_ASSESSED);
		Table t = ctx.styles.table(25, 25, 25, 25);
		t.setBorderCollapse(BorderCollapsePropertyValue.SEPARATE).setHorizontalBorderSpacing(8)
				.setVerticalBorderSpacing(0).setMarginBottom(18).setMarginTop(2);
		t.addCell(tile(ctx, assessed + " / " + total, ctx.t("評価済み項目", "Items assessed"), ctx.styles.accent));
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
		// "123 / 123" must stay on one line in a quarter of the page
		float size = figure.length() <= 7 ? 20 : figure.length() <= 9 ? 16 : 13;
		return new Cell().add(ctx.styles.text(figure, size).setFontColor(colour).setTextAlignment(TextAlignment.CENTER)
				.setMinHeight(26))
				.add(ctx.styles.text(label, Styles.SMALL).setFontColor(Palette.MUTED)
						.setTextAlignment(TextAlignment.CENTER).setMarginTop(2))
				.setBorder(Border.NO_BORDER).setBorderTop(new SolidBorder(colour, 2))
				.setBackgroundColor(Palette.LABEL_FILL).setPadding(8);
	}
}
