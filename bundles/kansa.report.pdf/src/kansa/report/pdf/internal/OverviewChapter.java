package kansa.report.pdf.internal;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Table;

import kansa.core.audit.Audit;
import kansa.core.audit.Auditee;
import kansa.core.checklist.Checklist;

/** 監査概要: objective, scope, criteria, dates, team and the people interviewed. */
final class OverviewChapter {

	private OverviewChapter() {
	}

	static void add(Document doc, ReportContext ctx, String number) {
		Styles s = ctx.styles;
		Audit a = ctx.audit;
		doc.add(ctx.chapter(number, ctx.t("監査概要", "Audit Overview")));
		Table kv = s.keyValue();
		s.row(kv, ctx.t("監査の目的", "Objective"), a.objective());
		s.row(kv, ctx.t("監査の範囲", "Scope"), a.scope());
		if (!a.client().sites().isEmpty()) {
			s.row(kv, ctx.t("対象拠点", "Sites"), String.join(ctx.t("、", ", "), a.client().sites()));
		}
		s.row(kv, ctx.t("監査基準", "Criteria"), criteria(ctx));
		s.row(kv, ctx.t("監査期間", "Period"), ctx.period());
		s.row(kv, ctx.t("監査責任者", "Lead auditor"), a.leadAuditor());
		s.row(kv, ctx.t("監査員", "Auditors"), String.join(ctx.t("、", ", "), a.team()));
		if (ctx.previous != null) {
			s.row(kv, ctx.t("前回監査", "Previous audit"), ctx.describe(ctx.previous));
		}
		doc.add(kv);

		if (!a.auditees().isEmpty()) {
			doc.add(s.subheading(ctx.t("被監査者", "Auditees")));
			Table t = s.table(30, 35, 35);
			t.addHeaderCell(s.header(ctx.t("氏名", "Name")));
			t.addHeaderCell(s.header(ctx.t("部署", "Department")));
			t.addHeaderCell(s.header(ctx.t("役職・役割", "Role")));
			for (Auditee p : a.auditees()) {
				t.addCell(s.cell(p.name()));
				t.addCell(s.cell(p.department()));
				t.addCell(s.cell(p.role()));
			}
			doc.add(t);
		}
	}

	/** The audit's criteria, one per line, then the checklist that was run against them. */
	private static Div criteria(ReportContext ctx) {
		Styles s = ctx.styles;
		Div div = new Div();
		for (String c : ctx.audit.criteria()) {
			div.add(s.text("・" + c, Styles.TABLE));
		}
		Checklist c = ctx.audit.checklist();
		div.add(s.text(ctx.t("使用チェックリスト: ", "Checklist: ") + ctx.checklistName(c),
				Styles.SMALL).setFontColor(Palette.MUTED).setMarginTop(div.getChildren().isEmpty() ? 0 : 3));
		return div;
	}
}
