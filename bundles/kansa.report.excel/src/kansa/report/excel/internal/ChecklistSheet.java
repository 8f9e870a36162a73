package kansa.report.excel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.eclipse.core.runtime.SubMonitor;

import kansa.core.audit.EvidenceStatus;
import kansa.core.audit.ItemResult;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.RequirementRef;
import kansa.core.checklist.Section;
import kansa.report.excel.internal.EvidenceIndex.Entry;
import kansa.report.excel.internal.Styles.Style;
import kansa.report.excel.internal.Table.Column;

/**
 * チェックリスト結果: every item of the audit's checklist snapshot in order, under its section headings, one row
 * per result (an item audited at several sites has a row per site), 未評価 where there is no result.
 */
final class ChecklistSheet {

	private final SheetContext ctx;
	private final Cells cells;
	private final List<Column> columns = new ArrayList<>();
	private final boolean withSite;
	private final int number;
	private final int refs;
	private final int title;
	private final int howToCheck;
	private final int site;
	private final int verdict;
	private final int notes;
	private final int evidence;
	private final int interviewee;
	/** Results are kept in the order recorded: show them whole scope first, then in the client's order of sites. */
	private final Comparator<ItemResult> bySite;
	private final ResultRows resultRows = new ResultRows();
	private Sheet sheet;
	private int nextRow = Table.FIRST_DATA_ROW;

	ChecklistSheet(SheetContext ctx) {
		this.ctx = ctx;
		this.cells = ctx.cells();
		Texts t = ctx.texts();
		// a site column only when results differ by site, so single-site audits keep the usual layout
		withSite = ctx.audit().results().stream().anyMatch(r -> !r.site().isEmpty());
		List<String> sites = ctx.audit().client().sites();
		bySite = Comparator.comparingInt((ItemResult r) -> r.site().isEmpty() ? -1
				: sites.contains(r.site()) ? sites.indexOf(r.site()) : sites.size()).thenComparing(ItemResult::site);
		number = add(t.t("No.", "No."), 9);
		refs = add(t.t("規格項番", "Requirements"), 22);
		title = add(t.t("確認項目", "Item"), 30);
		howToCheck = add(t.t("確認方法", "How to check"), 36);
		site = withSite ? add(t.t("拠点", "Site"), 12) : -1;
		verdict = add(t.t("判定", "Verdict"), 14);
		notes = add(t.t("所見", "Notes"), 42);
		evidence = add(t.t("証跡", "Evidence"), 30);
		interviewee = add(t.t("被監査者", "Interviewee"), 14);
	}

	private int add(String header, int width) {
		columns.add(new Column(header, width));
		return columns.size() - 1;
	}

	void write(Workbook workbook, SubMonitor monitor) {
		Texts t = ctx.texts();
		sheet = workbook.createSheet(SheetNames.checklist(t));
		Table.header(sheet, columns, cells);
		resultRows.layout(new ResultRows.Layout(sheet.getSheetName(), number, site, verdict, notes,
				columns.get(number).title(), site < 0 ? "" : columns.get(site).title(), columns.get(verdict).title(),
				columns.get(notes).title()));
		monitor.setWorkRemaining(ctx.audit().checklist().itemCount());
		Map<String, List<ItemResult>> results = ctx.audit().resultsByItem();
		for (Section s : ctx.audit().checklist().sections()) {
			section(s, 0, results, monitor);
		}
		int lastRow = nextRow - 1;
		Table.finish(sheet, columns.size(), lastRow);
		Choices.dropDown(sheet, verdict, Table.FIRST_DATA_ROW, lastRow, Choices.verdictLabels(t), t);
		Choices.verdictFills(sheet, verdict, Table.FIRST_DATA_ROW, lastRow, t);
		PageLayout.apply(sheet, ctx.audit().title(), true, t);
	}

	private void section(Section s, int level, Map<String, List<ItemResult>> results, SubMonitor monitor) {
		Row heading = sheet.createRow(nextRow++);
		Style style = level == 0 ? Style.SECTION : Style.SUBSECTION;
		cells.text(heading, 0, "　".repeat(level) + s.label(ctx.locale()), style);
		for (int c = 1; c < columns.size(); c++) {
			cells.blank(heading, c, style);
		}
		for (ChecklistItem item : s.items()) {
			monitor.split(1);
			List<ItemResult> itemResults = results.getOrDefault(item.id(), List.of());
			if (itemResults.isEmpty()) {
				item(item, ItemResult.unassessed(item.id()));
			}
			itemResults.stream().sorted(bySite).forEach(r -> item(item, r));
		}
		for (Section sub : s.sections()) {
			section(sub, level + 1, results, monitor);
		}
	}

	private void item(ChecklistItem item, ItemResult result) {
		Row row = sheet.createRow(nextRow++);
		cells.text(row, number, item.number(), Style.CENTER);
		cells.text(row, refs, item.requirements().stream().map(RequirementRef::toString)
				.collect(Collectors.joining("\n")), Style.TEXT);
		cells.text(row, title, item.title().get(ctx.locale()), Style.TEXT);
		cells.text(row, howToCheck, item.howToCheck().get(ctx.locale()), Style.TEXT);
		if (withSite) {
			cells.text(row, site, result.site(), Style.TEXT);
		}
		cells.text(row, verdict, result.verdict().label(ctx.locale()), Style.CENTER);
		cells.text(row, notes, result.notes(), Style.TEXT);
		evidenceCell(row, ctx.evidence().forResult(item.id(), result.site()));
		cells.text(row, interviewee, result.interviewee(), Style.TEXT);
		RowHeights.fit(row);
		resultRows.add(row.getRowNum(), item, result);
	}

	/** Where each result went, for the identity sheet; complete after {@link #write}. */
	ResultRows resultRows() {
		return resultRows;
	}

	/**
	 * File names, one per line, flagged when changed or missing. Only a single intact file whose name fits the
	 * column is linked: LibreOffice draws a linked cell as one unwrapped line, which would run several names
	 * together or cut a long one; every file is linked on the evidence sheet anyway.
	 */
	private void evidenceCell(Row row, List<Entry> files) {
		String text = files.stream().map(this::fileLine).collect(Collectors.joining("\n"));
		boolean link = files.size() == 1 && files.get(0).status() != EvidenceStatus.CHANGED
				&& files.get(0).status() != EvidenceStatus.MISSING
				&& RowHeights.lines(text, columns.get(evidence).width()) == 1;
		Cell cell = cells.text(row, evidence, text, link ? Style.LINK : Style.TEXT);
		if (link) {
			ctx.links().file(cell, files.get(0).recorded().evidence().path());
		}
	}

	private String fileLine(Entry e) {
		String name = e.recorded().evidence().fileName();
		if (e.status() == EvidenceStatus.CHANGED || e.status() == EvidenceStatus.MISSING) {
			return name + ctx.texts().t("（" + e.status().label(ctx.locale()) + "）",
					" (" + e.status().label(ctx.locale()) + ")");
		}
		return name;
	}
}
