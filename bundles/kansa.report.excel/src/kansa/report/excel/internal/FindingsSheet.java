package kansa.report.excel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import kansa.core.audit.Audit.RecordedFinding;
import kansa.core.audit.Finding;
import kansa.core.checklist.RequirementRef;
import kansa.report.excel.internal.Styles.Style;
import kansa.report.excel.internal.Table.Column;

/** 指摘事項一覧: every finding in checklist order, with the requirement it is stated against. */
final class FindingsSheet {

	private final SheetContext ctx;

	FindingsSheet(SheetContext ctx) {
		this.ctx = ctx;
	}

	void write(Workbook workbook) {
		Texts t = ctx.texts();
		boolean withSite = ctx.audit().findings().stream().anyMatch(f -> !f.site().isEmpty());
		List<Column> columns = new ArrayList<>(List.of(
				new Column(t.t("指摘番号", "Finding"), 10),
				new Column(t.t("区分", "Grade"), 14),
				new Column(t.t("確認項目", "Item"), 30)));
		if (withSite) {
			columns.add(new Column(t.t("拠点", "Site"), 12));
		}
		columns.addAll(List.of(
				new Column(t.t("規格要求事項", "Requirement"), 22),
				new Column(t.t("指摘内容", "Statement"), 44),
				new Column(t.t("根拠（確認した事実）", "Objective evidence"), 36),
				new Column(t.t("根本原因", "Root cause"), 30),
				new Column(t.t("是正処置要求", "Corrective action"), 12)));
		Sheet sheet = workbook.createSheet(SheetNames.findings(t));
		Cells cells = ctx.cells();
		Table.header(sheet, columns, cells);
		int r = Table.FIRST_DATA_ROW;
		for (RecordedFinding rf : ctx.audit().findings()) {
			Finding f = rf.finding();
			Row row = sheet.createRow(r++);
			int c = 0;
			cells.text(row, c++, f.id(), Style.CENTER);
			cells.label(row, c++, f.grade().label(ctx.locale()), cells.styles().grade(f.grade()));
			cells.text(row, c++, rf.item().label(ctx.locale()), Style.TEXT);
			if (withSite) {
				cells.text(row, c++, rf.site(), Style.TEXT);
			}
			cells.text(row, c++, requirement(rf), Style.TEXT);
			cells.text(row, c++, f.statement(), Style.TEXT);
			cells.text(row, c++, f.evidence(), Style.TEXT);
			cells.text(row, c++, f.rootCause(), Style.TEXT);
			cells.text(row, c, f.correctiveAction() == null ? "" : f.correctiveAction().id(), Style.CENTER);
			RowHeights.fit(row);
		}
		Table.finish(sheet, columns.size(), r - 1);
		PageLayout.apply(sheet, ctx.audit().title(), true, t);
	}

	/** The clause the finding names, else the item's own references. */
	private static String requirement(RecordedFinding rf) {
		if (rf.finding().requirement() != null) {
			return rf.finding().requirement().toString();
		}
		return rf.item().requirements().stream().map(RequirementRef::toString).collect(Collectors.joining("\n"));
	}
}
