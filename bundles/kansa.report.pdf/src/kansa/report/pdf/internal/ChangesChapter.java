package kansa.report.pdf.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;

import kansa.core.audit.Audit;
import kansa.core.audit.Audit.RecordedFinding;
import kansa.core.audit.CarriedAction;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;

/**
 * 前回監査からの変化: the verdict counts side by side, the items whose verdict changed, and what became of the
 * previous audit's findings. Items are matched by id within the same checklist, by number across checklists.
 */
final class ChangesChapter {

	private final ReportContext ctx;
	private final Styles s;
	private final Audit now;
	private final Audit before;

	ChangesChapter(ReportContext ctx) {
		this.ctx = ctx;
		this.s = ctx.styles;
		this.now = ctx.audit;
		this.before = ctx.previous;
	}

	/** Key that matches an item across the two audits. */
	static String key(Audit a, Audit other, ChecklistItem item) {
		boolean sameChecklist = a.checklist().id().equals(other.checklist().id());
		return sameChecklist || item.number().isEmpty() ? item.id() : item.number();
	}

	void add(Document doc, String number) {
		doc.add(ctx.chapter(number, ctx.t("前回監査からの変化", "Changes since the Previous Audit")));
		String period = ctx.periodOf(before);
		// the previous audit by its title and dates: its id is internal
		doc.add(s.prose(ctx.english
				? "Compared with the previous audit" + (before.title().isEmpty() ? "" : " (" + before.title() + ")")
						+ ", " + period + "."
				: "前回監査" + (before.title().isEmpty() ? "" : "「" + before.title() + "」") + "（" + period
						+ "）と比べた変化です。"));
		doc.add(s.subheading(ctx.t("判定別の件数", "Items by verdict")));
		doc.add(counts());
		doc.add(s.subheading(ctx.t("判定が変わった項目", "Items whose verdict changed")));
		changedItems(doc);
		doc.add(s.subheading(ctx.t("前回の指摘事項のその後", "The previous findings now")));
		previousFindings(doc);
	}

	private Table counts() {
		Map<Verdict, Integer> was = before.verdictCounts();
		Map<Verdict, Integer> is = now.verdictCounts();
		Table t = s.table(40, 20, 20, 20);
		t.addHeaderCell(s.header(ctx.t("判定", "Verdict")));
		t.addHeaderCell(s.header(ctx.t("前回", "Previous")).setTextAlignment(TextAlignment.RIGHT));
		t.addHeaderCell(s.header(ctx.t("今回", "This audit")).setTextAlignment(TextAlignment.RIGHT));
		t.addHeaderCell(s.header(ctx.t("増減", "Change")).setTextAlignment(TextAlignment.RIGHT));
		for (Verdict v : Verdict.values()) {
			int a = was.get(v);
			int b = is.get(v);
			t.addCell(s.cell(v.label(ctx.locale)));
			t.addCell(s.cell(String.valueOf(a)).setTextAlignment(TextAlignment.RIGHT));
			t.addCell(s.cell(String.valueOf(b)).setTextAlignment(TextAlignment.RIGHT));
			t.addCell(s.cell(b == a ? "±0" : (b > a ? "+" : "−") + Math.abs(b - a)).setTextAlignment(TextAlignment.RIGHT));
		}
		return t;
	}

	private void changedItems(Document doc) {
		Map<String, Verdict> was = new HashMap<>();
		before.checklist().items().forEach(i -> was.put(key(before, now, i), ctx.previousVerdictOf(i.id())));
		List<Object[]> worse = new ArrayList<>();
		List<Object[]> better = new ArrayList<>();
		List<Object[]> other = new ArrayList<>();
		now.checklist().items().forEach(item -> {
			Verdict a = was.get(key(now, before, item));
			Verdict b = ctx.verdictOf(item.id());
			if (a == null || a == b) {
				return;
			}
			// 悪化 only for a move into a nonconformity; 適合 to 観察事項 is a change
			(b.isWorseThan(a) ? worse : b.isBetterThan(a) ? better : other).add(new Object[] { item, a, b });
		});
		if (worse.isEmpty() && better.isEmpty() && other.isEmpty()) {
			doc.add(s.prose(ctx.t("判定が変わった項目はありません。", "No item's verdict changed.")));
			return;
		}
		doc.add(s.note(ctx.t("悪化 " + worse.size() + " 件、改善 " + better.size() + " 件、その他の変更 " + other.size() + " 件。",
				worse.size() + " worse, " + better.size() + " better, " + other.size() + " otherwise changed.")));
		Table t = s.table(12, 40, 18, 18, 12);
		t.addHeaderCell(s.header("No."));
		t.addHeaderCell(s.header(ctx.t("確認項目", "Item")));
		t.addHeaderCell(s.header(ctx.t("前回", "Previous")));
		t.addHeaderCell(s.header(ctx.t("今回", "This audit")));
		t.addHeaderCell(s.header(ctx.t("変化", "Change")));
		addRows(t, worse, ctx.t("悪化", "worse"), Palette.strong(Verdict.MAJOR_NONCONFORMITY));
		addRows(t, better, ctx.t("改善", "better"), Palette.strong(Verdict.CONFORMING));
		addRows(t, other, ctx.t("変更", "changed"), Palette.MUTED);
		doc.add(t);
	}

	private void addRows(Table t, List<Object[]> rows, String label, com.itextpdf.kernel.colors.Color colour) {
		for (Object[] r : rows) {
			ChecklistItem item = (ChecklistItem) r[0];
			t.addCell(s.cell(item.number()));
			t.addCell(s.cell(item.title().get(ctx.locale)));
			t.addCell(s.verdict((Verdict) r[1], ctx.locale));
			t.addCell(s.verdict((Verdict) r[2], ctx.locale));
			t.addCell(s.cell(s.text(label, Styles.TABLE).setFontColor(colour)));
		}
	}

	private void previousFindings(Document doc) {
		List<RecordedFinding> findings = before.findings();
		if (findings.isEmpty()) {
			doc.add(s.prose(ctx.t("前回監査に指摘事項はありませんでした。", "The previous audit raised no findings.")));
			return;
		}
		Map<String, ChecklistItem> nowItems = new HashMap<>();
		now.checklist().items().forEach(i -> nowItems.put(key(now, before, i), i));
		Table t = s.table(11, 16, 29, 20, 24);
		t.addHeaderCell(s.header(ctx.t("前回指摘", "Previous")));
		t.addHeaderCell(s.header(ctx.t("区分", "Grade")));
		t.addHeaderCell(s.header(ctx.t("確認項目", "Item")));
		t.addHeaderCell(s.header(ctx.t("是正処置", "Corrective action")));
		t.addHeaderCell(s.header(ctx.t("今回", "This audit")));
		for (RecordedFinding rf : findings) {
			ChecklistItem item = nowItems.get(key(before, now, rf.item()));
			CorrectiveAction action = currentAction(rf);
			t.addCell(s.cell(rf.finding().id()));
			t.addCell(s.cell(rf.finding().grade().label(ctx.locale)));
			t.addCell(s.cell(rf.item().label(ctx.locale)));
			t.addCell(action == null ? s.cell("—")
					: s.cell(new Div().add(s.text(action.id(), Styles.TABLE))
							.add(s.text(action.status().label(ctx.locale), Styles.TABLE))));
			t.addCell(s.cell(outcome(item)));
		}
		doc.add(t);
	}

	/**
	 * The previous finding's request as it stands now: when it was carried into this audit, its status as followed
	 * up here, not as it was when the previous audit was reported.
	 */
	private CorrectiveAction currentAction(RecordedFinding rf) {
		return now.carriedOver().stream()
				.filter(c -> c.fromAuditId().equals(before.id()) && c.findingId().equals(rf.finding().id()))
				.map(CarriedAction::action).findFirst().orElse(rf.finding().correctiveAction());
	}

	/** 解消 when the item now conforms, 継続 with the new findings when it is found again, else the verdict. */
	private com.itextpdf.layout.element.Paragraph outcome(ChecklistItem item) {
		if (item == null) {
			return s.text(ctx.t("今回の対象外", "not in this audit"), Styles.TABLE).setFontColor(Palette.MUTED);
		}
		Verdict v = ctx.verdictOf(item.id());
		List<String> again = ctx.findings.stream().filter(f -> f.item().id().equals(item.id()))
				.map(f -> f.finding().id()).toList();
		if (!again.isEmpty()) {
			com.itextpdf.layout.element.Paragraph p = s.text(ctx.t("継続（", "again ("), Styles.TABLE)
					.setFontColor(Palette.strong(Verdict.MAJOR_NONCONFORMITY));
			for (int i = 0; i < again.size(); i++) {
				p.add(s.link((i == 0 ? "" : ", ") + again.get(i), ReportContext.findingDestination(again.get(i))));
			}
			return p.add(ctx.t("）", ")"));
		}
		if (v == Verdict.CONFORMING || v == Verdict.NOT_APPLICABLE) {
			return s.text(ctx.t("解消", "resolved") + ctx.parens(v.label(ctx.locale)), Styles.TABLE)
					.setFontColor(Palette.strong(Verdict.CONFORMING));
		}
		return s.text(v.label(ctx.locale), Styles.TABLE);
	}
}
