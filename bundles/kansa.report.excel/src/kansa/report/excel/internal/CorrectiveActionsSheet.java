package kansa.report.excel.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import kansa.core.audit.Audit.RecordedFinding;
import kansa.core.audit.CarriedAction;
import kansa.core.audit.CorrectiveAction;
import kansa.report.excel.internal.Styles.Style;
import kansa.report.excel.internal.Table.Column;

/**
 * 是正処置要求: the requests raised by findings. The client fills in 回答内容 and 状況 in their copy, so the
 * status column is a drop-down.
 */
final class CorrectiveActionsSheet {

	private final SheetContext ctx;

	CorrectiveActionsSheet(SheetContext ctx) {
		this.ctx = ctx;
	}

	void write(Workbook workbook) {
		Texts t = ctx.texts();
		List<Column> columns = List.of(
				new Column(t.t("是正処置番号", "Request"), 12),
				new Column(t.t("指摘番号", "Finding"), 10),
				new Column(t.t("指摘内容", "Finding statement"), 36),
				new Column(t.t("要求事項", "Request"), 40),
				new Column(t.t("担当者", "Owner"), 18),
				new Column(t.t("回答期限", "Due date"), 12),
				new Column(t.t("状況", "Status"), 14),
				new Column(t.t("回答内容", "Response"), 44));
		Sheet sheet = workbook.createSheet(SheetNames.correctiveActions(t));
		Cells cells = ctx.cells();
		Table.header(sheet, columns, cells);
		int r = Table.FIRST_DATA_ROW;
		for (RecordedFinding rf : ctx.audit().findings()) {
			CorrectiveAction ca = rf.finding().correctiveAction();
			if (ca != null) {
				write(sheet.createRow(r++), ca, rf.finding().id(), rf.finding().statement());
			}
		}
		// requests still open from earlier audits are followed up here too, marked with their origin
		for (CarriedAction c : ctx.audit().carriedOver()) {
			boolean fromPrevious = c.fromAuditId().equals(ctx.audit().previousAuditId());
			String origin = fromPrevious ? t.t("前回 ", "Previous ") : t.t("過去の監査 ", "Earlier audit ");
			write(sheet.createRow(r++), c.action(), origin + c.findingId(), c.statement());
		}
		int lastRow = r - 1;
		Table.finish(sheet, columns.size(), lastRow);
		Choices.dropDown(sheet, 6, Table.FIRST_DATA_ROW, lastRow, Choices.correctiveActionLabels(t), t);
		PageLayout.apply(sheet, ctx.audit().title(), true, t);
	}

	private void write(Row row, CorrectiveAction ca, String finding, String statement) {
		Cells cells = ctx.cells();
		cells.text(row, 0, ca.id(), Style.CENTER);
		cells.text(row, 1, finding, Style.CENTER);
		cells.text(row, 2, statement, Style.TEXT);
		cells.text(row, 3, ca.request(), Style.TEXT);
		cells.text(row, 4, ca.owner(), Style.TEXT);
		cells.date(row, 5, ca.dueDate(), Style.DATE);
		cells.text(row, 6, ca.status().label(ctx.locale()), Style.CENTER);
		cells.text(row, 7, ca.response(), Style.TEXT);
		RowHeights.fit(row);
	}
}
