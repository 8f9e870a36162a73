package kansa.report.pdf.internal;

import java.util.List;
import java.util.Map;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

import kansa.core.audit.Verdict;
import kansa.core.checklist.Section;

/** 結果の集計: counts per verdict overall and per top-level section, as tables and a stacked bar chart. */
final class StatisticsChapter {

	private final ReportContext ctx;
	private final Styles s;

	StatisticsChapter(ReportContext ctx) {
		this.ctx = ctx;
		this.s = ctx.styles;
	}

	void add(Document doc, String number) {
		doc.add(ctx.chapter(number, ctx.t("結果の集計", "Results in Figures")));
		doc.add(s.subheading(ctx.t("判定別の件数", "Items by verdict")));
		doc.add(overall());
		doc.add(s.subheading(ctx.t("章別の判定", "Verdicts by section")));
		doc.add(chart());
		doc.add(legend());
		doc.add(bySection().setMarginTop(12));
	}

	private Table overall() {
		Map<Verdict, Integer> counts = ctx.audit.verdictCounts();
		int total = ctx.audit.checklist().itemCount();
		Table t = s.table(30, 11, 11, 48);
		t.addHeaderCell(s.header(ctx.t("判定", "Verdict")));
		t.addHeaderCell(s.header(ctx.t("件数", "Items")).setTextAlignment(TextAlignment.RIGHT));
		t.addHeaderCell(s.header(ctx.t("割合", "Share")).setTextAlignment(TextAlignment.RIGHT));
		t.addHeaderCell(s.header(""));
		for (Verdict v : Verdict.values()) {
			int n = counts.get(v);
			t.addCell(s.cell(v.label(ctx.locale)).setBorderLeft(new SolidBorder(Palette.strong(v), 4)));
			t.addCell(number(n));
			t.addCell(number(total == 0 ? "—" : String.format("%.0f%%", 100.0 * n / total)));
			t.addCell(s.cell(StackedBar.of(Map.of(v, n), total, ctx.fonts.gothic()).setHeight(8))
					.setVerticalAlignment(VerticalAlignment.MIDDLE).setPaddingRight(0));
		}
		t.addCell(s.cell(s.text(ctx.t("合計", "Total"), Styles.TABLE).setFontColor(s.accent)));
		t.addCell(number(total).setBackgroundColor(Palette.LABEL_FILL));
		t.addCell(number("100%").setBackgroundColor(Palette.LABEL_FILL));
		t.addCell(s.cell(s.text("", Styles.TABLE)));
		return t;
	}

	/** One bar per top-level section, plus the whole audit on top. */
	private Table chart() {
		Table t = s.table(34, 66);
		addBar(t, ctx.t("全体", "All sections"), ctx.audit.verdictCounts());
		for (Section sec : ctx.audit.checklist().sections()) {
			addBar(t, sec.label(ctx.locale), ctx.audit.verdictCounts(sec.allItems()));
		}
		return t;
	}

	private void addBar(Table t, String label, Map<Verdict, Integer> counts) {
		t.addCell(new Cell().add(s.text(label, Styles.TABLE)).setBorder(Border.NO_BORDER).setPadding(3)
				.setPaddingLeft(0).setVerticalAlignment(VerticalAlignment.MIDDLE));
		t.addCell(new Cell().add(StackedBar.of(counts, ctx.fonts.gothic())).setBorder(Border.NO_BORDER).setPadding(3)
				.setVerticalAlignment(VerticalAlignment.MIDDLE));
	}

	/** Colour key under the chart: a swatch (cell fill, vector) and the verdict's name. */
	private Table legend() {
		List<Verdict> verdicts = List.of(Verdict.values());
		float[] widths = new float[verdicts.size() * 2];
		for (int i = 0; i < verdicts.size(); i++) {
			widths[2 * i] = 1.6f;
			widths[2 * i + 1] = 12.7f;
		}
		Table t = s.table(widths).setMarginTop(4);
		for (Verdict v : verdicts) {
			t.addCell(new Cell().add(s.text(" ", 5)).setHeight(7).setBackgroundColor(Palette.strong(v))
					.setBorder(Border.NO_BORDER).setPadding(0).setVerticalAlignment(VerticalAlignment.MIDDLE));
			t.addCell(new Cell().add(s.text(v.label(ctx.locale), 6.5f).setFontColor(Palette.MUTED))
					.setBorder(Border.NO_BORDER).setPaddingLeft(3).setPaddingTop(0).setPaddingBottom(0));
		}
		return t;
	}

	/** Section × verdict counts, the numbers behind the chart. */
	private Table bySection() {
		Verdict[] vs = Verdict.values();
		float[] widths = new float[vs.length + 2];
		widths[0] = 30;
		for (int i = 0; i < vs.length; i++) {
			widths[i + 1] = 9;
		}
		widths[vs.length + 1] = 7;
		Table t = s.table(widths);
		t.addHeaderCell(s.header(ctx.t("章", "Section")));
		for (Verdict v : vs) {
			t.addHeaderCell(s.header(shortLabel(v)).setTextAlignment(TextAlignment.CENTER).setPaddingLeft(2)
					.setPaddingRight(2));
		}
		t.addHeaderCell(s.header(ctx.t("計", "Total")).setTextAlignment(TextAlignment.CENTER));
		for (Section sec : ctx.audit.checklist().sections()) {
			Map<Verdict, Integer> counts = ctx.audit.verdictCounts(sec.allItems());
			t.addCell(s.cell(sec.label(ctx.locale)));
			for (Verdict v : vs) {
				int n = counts.get(v);
				Cell c = number(n == 0 ? "·" : String.valueOf(n)).setTextAlignment(TextAlignment.CENTER);
				if (n > 0 && v != Verdict.CONFORMING && v != Verdict.NOT_APPLICABLE) {
					c.setBackgroundColor(Palette.fill(v));
				}
				t.addCell(c);
			}
			t.addCell(number(counts.values().stream().mapToInt(Integer::intValue).sum())
					.setTextAlignment(TextAlignment.CENTER).setBackgroundColor(Palette.LABEL_FILL));
		}
		return t;
	}

	/** Column heads for a narrow column, broken where a Japanese reader expects it (軽微な／不適合). */
	private String shortLabel(Verdict v) {
		return switch (v) {
			case CONFORMING -> ctx.t("適合", "Conf.");
			case MINOR_NONCONFORMITY -> ctx.t("軽微な\n不適合", "Minor\nNC");
			case MAJOR_NONCONFORMITY -> ctx.t("重大な\n不適合", "Major\nNC");
			case OBSERVATION -> ctx.t("観察\n事項", "Obs.");
			case OPPORTUNITY_FOR_IMPROVEMENT -> ctx.t("改善の\n機会", "OFI");
			case NOT_APPLICABLE -> ctx.t("該当\nなし", "N/A");
			case NOT_ASSESSED -> ctx.t("未評価", "Not\nassessed");
		};
	}

	private Cell number(int n) {
		return number(String.valueOf(n));
	}

	private Cell number(String text) {
		return s.cell(s.text(text, Styles.TABLE)).setTextAlignment(TextAlignment.RIGHT);
	}
}
