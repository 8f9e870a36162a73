package kansa.report.excel.internal;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import kansa.core.audit.Audit;
import kansa.core.audit.Audit.RecordedFinding;
import kansa.core.audit.EvidenceStatus;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.Verdict;
import kansa.core.checklist.Section;
import kansa.report.excel.internal.Styles.Style;

/**
 * 集計: items per standing verdict for each top-level section, with totals; then findings per grade and evidence
 * files per status. Plain numbers rather than formulas: the workbook holds no formula cells at all.
 */
final class SummarySheet {

	private final SheetContext ctx;
	private Sheet sheet;
	private int nextRow;

	SummarySheet(SheetContext ctx) {
		this.ctx = ctx;
	}

	void write(Workbook workbook) {
		Texts t = ctx.texts();
		Audit audit = ctx.audit();
		Cells cells = ctx.cells();
		sheet = workbook.createSheet(SheetNames.summary(t));
		Verdict[] verdicts = Verdict.values();
		sheet.setColumnWidth(0, 40 * 256);
		for (int i = 1; i <= verdicts.length + 1; i++) {
			sheet.setColumnWidth(i, 11 * 256);
		}

		Row header = sheet.createRow(nextRow++);
		header.setHeightInPoints(30);
		cells.text(header, 0, t.t("章", "Section"), Style.HEADER);
		for (int i = 0; i < verdicts.length; i++) {
			cells.label(header, i + 1, verdicts[i].label(ctx.locale()),
					cells.styles().headerFilled(Palette.verdict(verdicts[i])));
		}
		cells.text(header, verdicts.length + 1, t.t("合計", "Total"), Style.HEADER);

		long[] totals = new long[verdicts.length];
		for (Section s : audit.checklist().sections()) {
			Map<Verdict, Integer> counts = audit.verdictCounts(s.allItems());
			Row row = sheet.createRow(nextRow++);
			cells.text(row, 0, s.label(ctx.locale()), Style.TEXT);
			long sum = 0;
			for (int i = 0; i < verdicts.length; i++) {
				int n = counts.get(verdicts[i]);
				cells.integer(row, i + 1, n, Style.INTEGER);
				totals[i] += n;
				sum += n;
			}
			cells.integer(row, verdicts.length + 1, sum, Style.INTEGER);
			RowHeights.fit(row);
		}
		Row total = sheet.createRow(nextRow++);
		cells.text(total, 0, t.t("合計", "Total"), Style.TOTAL_LABEL);
		long all = 0;
		for (int i = 0; i < verdicts.length; i++) {
			cells.integer(total, i + 1, totals[i], Style.TOTAL_INTEGER);
			all += totals[i];
		}
		cells.integer(total, verdicts.length + 1, all, Style.TOTAL_INTEGER);

		nextRow++;
		pairHeader(t.t("指摘区分", "Finding grade"), t.t("件数", "Count"));
		List<RecordedFinding> findings = audit.findings();
		for (FindingGrade g : FindingGrade.values()) {
			pair(g.label(ctx.locale()), findings.stream().filter(f -> f.finding().grade() == g).count());
		}
		nextRow++;
		pairHeader(t.t("証跡ファイルの状態", "Evidence file status"), t.t("件数", "Count"));
		for (EvidenceStatus s : EvidenceStatus.values()) {
			pair(s.label(ctx.locale()), ctx.evidence().count(s));
		}
		PageLayout.apply(sheet, audit.title(), true, t);
	}

	private void pairHeader(String label, String value) {
		Row row = sheet.createRow(nextRow++);
		ctx.cells().text(row, 0, label, Style.HEADER);
		ctx.cells().text(row, 1, value, Style.HEADER);
	}

	private void pair(String label, long value) {
		Row row = sheet.createRow(nextRow++);
		ctx.cells().text(row, 0, label, Style.TEXT);
		ctx.cells().integer(row, 1, value, Style.INTEGER);
	}
}
