package kansa.report.pdf.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;

import kansa.core.audit.Audit;
import kansa.core.audit.Finding;
import kansa.core.audit.ItemResult;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

/**
 * The item-by-item results: No. | 確認項目 | 判定 | 所見, grouped under the checklist's sections. The header row
 * repeats on every page the table runs over.
 */
final class ResultsTable {

	private final ReportContext ctx;
	private final Styles s;
	private final Map<String, List<ItemResult>> byItem;
	private static final int BATCH = 200;
	private Document doc;
	private Table table;
	private int rows;

	ResultsTable(ReportContext ctx) {
		this.ctx = ctx;
		this.s = ctx.styles;
		this.byItem = ctx.audit.resultsByItem();
	}

	void add(Document doc, String number, SubMonitor monitor) {
		Audit a = ctx.audit;
		SubMonitor sub = SubMonitor.convert(monitor, Math.max(1, a.checklist().itemCount()));
		doc.add(ctx.chapter(number, ctx.t("確認結果一覧", "Results by Item")));
		// a "large table": rows are laid out and drawn in batches, so a 10,000-item audit never holds the whole
		// table in memory at once
		Table t = s.largeTable(11, 35, 13, 41);
		t.addHeaderCell(s.header("No."));
		t.addHeaderCell(s.header(ctx.t("確認項目", "Item")));
		t.addHeaderCell(s.header(ctx.t("判定", "Verdict")));
		t.addHeaderCell(s.header(ctx.t("所見", "Notes")));
		doc.add(t);
		this.doc = doc;
		this.table = t;
		for (Section section : a.checklist().sections()) {
			addSection(t, section, 0, sub);
		}
		t.complete();
		doc.flush();
	}

	/** Every BATCH rows the rows so far are laid out, drawn and let go. */
	private void rowAdded() {
		if (++rows % BATCH == 0) {
			table.flush();
			doc.flush();
		}
	}

	private void addSection(Table t, Section section, int depth, SubMonitor monitor) {
		Paragraph title = s.text(section.label(ctx.locale), depth == 0 ? 9 : Styles.TABLE)
				.setFontColor(s.accent).setPaddingLeft(depth * 10f);
		t.addCell(new Cell(1, 4).add(title).setBorder(Border.NO_BORDER)
				.setBackgroundColor(depth == 0 ? s.accentMid : s.accentLight).setPadding(4)
				.setPaddingLeft(5));
		for (ChecklistItem item : section.items()) {
			monitor.split(1);
			addItem(t, item);
			rowAdded();
		}
		for (Section sub : section.sections()) {
			addSection(t, sub, depth + 1, monitor);
		}
	}

	private void addItem(Table t, ChecklistItem item) {
		List<ItemResult> results = byItem.getOrDefault(item.id(), List.of());
		s.place(LocalizedText.of("項目 " + item.number(), "item " + item.number()));
		t.addCell(s.cell(item.number()));
		t.addCell(s.cell(item.title().get(ctx.locale)));
		t.addCell(s.verdict(ctx.verdictOf(item.id()), ctx.locale));
		t.addCell(s.cell(notes(results)));
	}

	/** Notes of every site, each tagged with its site when there are several, then the findings raised. */
	private IBlockElement notes(List<ItemResult> results) {
		Div div = new Div();
		boolean tagSites = results.size() > 1 || results.stream().anyMatch(r -> !r.site().isEmpty());
		for (ItemResult r : results) {
			String text = r.notes().isEmpty() ? "" : r.notes();
			if (tagSites && !r.site().isEmpty()) {
				text = "【" + r.site() + "】" + (text.isEmpty() ? r.verdict().label(ctx.locale) : text);
			}
			if (!text.isEmpty()) {
				div.add(s.text(text, Styles.TABLE).setMarginBottom(2));
			}
		}
		List<String> findings = results.stream().flatMap(r -> r.findings().stream()).map(Finding::id).toList();
		if (!findings.isEmpty()) {
			Paragraph p = s.text(ctx.t("指摘: ", "Findings: "), Styles.SMALL).setFontColor(s.accent);
			for (int i = 0; i < findings.size(); i++) {
				p.add(s.link((i == 0 ? "" : ", ") + findings.get(i), ReportContext.findingDestination(findings.get(i))));
			}
			div.add(p);
		}
		if (div.getChildren().isEmpty()) {
			return s.text("—", Styles.TABLE).setFontColor(Palette.MUTED);
		}
		// most rows hold one paragraph: without the Div around it, a thousand rows lay out noticeably faster
		return div.getChildren().size() == 1 ? (IBlockElement) div.getChildren().get(0) : div;
	}
}
