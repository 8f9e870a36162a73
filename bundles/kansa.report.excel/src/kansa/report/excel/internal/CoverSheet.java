package kansa.report.excel.internal;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import kansa.core.audit.Audit;
import kansa.core.audit.Auditee;
import kansa.core.checklist.Checklist;
import kansa.report.excel.internal.Styles.Style;

/** 表紙: what was audited, against what, when and by whom. */
final class CoverSheet {

	/** Minimum row height on the cover: a little air, as on a printed form. */
	private static final float COVER_ROW = 20f;

	private final SheetContext ctx;
	private final LocalDate today;
	private Sheet sheet;
	private int nextRow;

	/** @param today the date printed as 作成日 */
	CoverSheet(SheetContext ctx, LocalDate today) {
		this.ctx = ctx;
		this.today = today;
	}

	void write(Workbook workbook) {
		Texts t = ctx.texts();
		Audit a = ctx.audit();
		Cells cells = ctx.cells();
		sheet = workbook.createSheet(SheetNames.cover(t));
		sheet.setColumnWidth(0, 20 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		sheet.setDisplayGridlines(false);

		Row title = sheet.createRow(nextRow++);
		title.setHeightInPoints(30);
		cells.text(title, 0, a.title().isEmpty() ? t.t("監査", "Audit") : a.title(), Style.TITLE);
		Row subtitle = sheet.createRow(nextRow++);
		cells.text(subtitle, 0, t.t("監査チェックリスト結果・証跡一覧", "Audit checklist results and evidence"),
				Style.LABEL_PLAIN);
		Row gap = sheet.createRow(nextRow++);
		if (ctx.request().marksDraft()) {
			gap.setHeightInPoints(COVER_ROW);
			cells.text(gap, 0, draftNotice(), Style.DRAFT);
		}

		field(t.t("監査名", "Audit"), a.title());
		field(t.t("被監査組織", "Auditee organisation"), a.client().name());
		field(t.t("対象拠点", "Sites"), String.join(t.listSeparator(), a.client().sites()));
		field(t.t("監査範囲", "Scope"), a.scope());
		field(t.t("監査目的", "Objective"), a.objective());
		field(t.t("監査基準", "Criteria"), String.join("\n", a.criteria()));
		field(t.t("チェックリスト", "Checklist"), checklist(a.checklist()));
		dateField(t.t("監査開始日", "Start date"), a.startDate());
		dateField(t.t("監査終了日", "End date"), a.endDate());
		field(t.t("監査責任者", "Lead auditor"), a.leadAuditor());
		field(t.t("監査チーム", "Audit team"), String.join(t.listSeparator(), a.team()));
		field(t.t("被監査者", "Interviewees"),
				a.auditees().stream().map(this::auditee).collect(Collectors.joining("\n")));
		field(t.t("状況", "Status"), a.status().label(ctx.locale()));
		Audit previous = ctx.request().previousAudit();
		if (previous != null) {
			// by its title and dates: the id is internal
			field(t.t("前回監査", "Previous audit"), previousAudit(previous));
		}
		field(t.t("総評", "Overall assessment"), a.summary());
		dateField(t.t("作成日", "Prepared on"), today);
		PageLayout.apply(sheet, a.title(), false, t);
	}

	private void field(String label, String value) {
		Row row = sheet.createRow(nextRow++);
		ctx.cells().text(row, 0, label, Style.LABEL);
		ctx.cells().text(row, 1, value, Style.TEXT);
		RowHeights.fit(row, COVER_ROW);
	}

	private void dateField(String label, LocalDate value) {
		Row row = sheet.createRow(nextRow++);
		ctx.cells().text(row, 0, label, Style.LABEL);
		ctx.cells().date(row, 1, value, Style.DATE_LEFT);
		row.setHeightInPoints(COVER_ROW);
	}

	private String checklist(Checklist c) {
		StringBuilder b = new StringBuilder(c.title().get(ctx.locale()));
		String standard = String.join(" / ", Stream.of(c.standard(), c.edition())
				.filter(s -> !s.isEmpty()).toList());
		if (!standard.isEmpty()) {
			b.append('\n').append(standard);
		}
		return b.append('\n').append(ctx.texts().t("版: ", "Version: ")).append(c.version()).toString();
	}

	/** 「ドラフト」 and why: asked for, or items still 未評価. */
	private String draftNotice() {
		Texts t = ctx.texts();
		int open = ctx.audit().verdictCounts().get(kansa.core.audit.Verdict.NOT_ASSESSED);
		return t.t("ドラフト（確定版ではありません）", "DRAFT (not the final version)")
				+ (open == 0 ? "" : t.t("　未評価の項目が " + open + " 件あります", " - " + open + " items not assessed yet"));
	}

	private String previousAudit(Audit p) {
		Texts t = ctx.texts();
		String period = p.endDate() == null || p.endDate().equals(p.startDate()) ? t.date(p.startDate())
				: t.date(p.startDate()) + t.t("〜", " – ") + t.date(p.endDate());
		String title = p.title().isEmpty() ? t.t("前回監査", "Previous audit") : p.title();
		return period.isEmpty() ? title : title + t.t("（" + period + "）", " (" + period + ")");
	}

	private String auditee(Auditee p) {
		String where = Stream.of(p.department(), p.role()).filter(s -> !s.isEmpty())
				.collect(Collectors.joining(ctx.texts().t("・", ", ")));
		return where.isEmpty() ? p.name() : p.name() + ctx.texts().t("（" + where + "）", " (" + where + ")");
	}
}
