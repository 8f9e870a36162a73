package kansa.report.pdf.internal;

import java.util.List;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;

import kansa.core.audit.Audit.RecordedFinding;
import kansa.core.audit.CarriedAction;
import kansa.core.audit.CorrectiveAction;

/** 是正処置要求: who must do what by when, and where each request stands. */
final class CorrectiveActionsChapter {

	private CorrectiveActionsChapter() {
	}

	static void add(Document doc, ReportContext ctx, String number) {
		Styles s = ctx.styles;
		doc.add(ctx.chapter(number, ctx.t("是正処置要求", "Corrective Action Requests")));
		List<RecordedFinding> withAction = ctx.findings.stream()
				.filter(f -> f.finding().correctiveAction() != null).toList();
		List<CarriedAction> carried = ctx.audit.carriedOver();
		if (withAction.isEmpty() && carried.isEmpty()) {
			doc.add(s.prose(ctx.t("是正処置を要求する指摘事項はありません。", "No corrective action was requested.")));
			return;
		}
		doc.add(s.prose(ctx.t("以下の不適合について是正処置を要求します。期限までに原因分析と処置の内容を回答してください。",
				"Corrective action is requested for the nonconformities below. Please reply with the cause analysis "
						+ "and the action taken by the due date.")));
		if (!carried.isEmpty()) {
			doc.add(s.note(ctx.t("「前回」の付いた要求は前回監査から継続しているもので、今回の監査で確認した状況を示します。",
					"Requests marked \"previous\" were carried over from the previous audit; their status is as "
							+ "followed up in this audit.")).setMarginTop(0).setMarginBottom(6));
		}
		Table t = s.table(12, 10, 29, 15, 19, 15);
		t.addHeaderCell(s.header("No."));
		t.addHeaderCell(s.header(ctx.t("指摘", "Finding")));
		t.addHeaderCell(s.header(ctx.t("要求内容", "Request")));
		t.addHeaderCell(s.header(ctx.t("担当", "Owner")));
		t.addHeaderCell(s.header(ctx.t("回答期限", "Due")));
		t.addHeaderCell(s.header(ctx.t("状況", "Status")));
		for (RecordedFinding f : withAction) {
			row(t, ctx, f.finding().correctiveAction(),
					s.link(f.finding().id(), ReportContext.findingDestination(f.finding().id()), Styles.TABLE));
		}
		// still open from earlier audits: followed up here, so listed with their current status as in the xlsx
		for (CarriedAction c : carried) {
			row(t, ctx, c.action(), s.text(origin(ctx, c) + c.findingId(), Styles.TABLE).setFontColor(Palette.MUTED));
		}
		doc.add(t);
	}

	/** Where a carried-over request comes from: the previous audit, or one before it. */
	static String origin(ReportContext ctx, CarriedAction c) {
		return c.fromAuditId().equals(ctx.audit.previousAuditId()) ? ctx.t("前回 ", "previous ")
				: ctx.t("過去の監査 ", "earlier audit ");
	}

	private static void row(Table t, ReportContext ctx, CorrectiveAction a, Paragraph finding) {
		Styles s = ctx.styles;
		t.addCell(s.cell(a.id()));
		t.addCell(s.cell(finding));
		t.addCell(s.cell(a.request()));
		t.addCell(s.cell(a.owner()));
		t.addCell(s.cell(due(ctx, a)));
		t.addCell(s.cell(s.text(a.status().label(ctx.locale), Styles.TABLE)
				.setFontColor(a.status().isOpen() ? Palette.TEXT : Palette.strong(kansa.core.audit.Verdict.CONFORMING))));
	}

	/** An open request past its due date (as of the report date) is flagged, not just listed. */
	private static Div due(ReportContext ctx, CorrectiveAction a) {
		Div div = new Div().add(ctx.styles.text(ctx.date(a.dueDate()), Styles.TABLE));
		boolean open = a.status() == kansa.core.audit.CorrectiveActionStatus.OPEN
				|| a.status() == kansa.core.audit.CorrectiveActionStatus.RESPONSE_RECEIVED;
		if (open && a.dueDate() != null && a.dueDate().isBefore(ctx.reportDate)) {
			div.add(ctx.styles.text(ctx.t("期限超過", "overdue"), Styles.SMALL).setFontColor(Palette.CONFIDENTIAL));
		}
		return div;
	}
}
