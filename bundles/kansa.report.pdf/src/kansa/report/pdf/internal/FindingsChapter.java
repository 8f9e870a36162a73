package kansa.report.pdf.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.SubMonitor;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

import kansa.core.audit.Audit.RecordedEvidence;
import kansa.core.audit.Audit.RecordedFinding;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.Evidence;
import kansa.core.audit.Finding;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.RequirementRef;
import kansa.core.incident.Incident;
import kansa.core.text.LocalizedText;

/** 指摘事項: every finding as a block of its own, with what is wrong, the evidence and the cause. */
final class FindingsChapter {

	private final ReportContext ctx;
	private final Styles s;
	private final Map<String, List<ItemResult>> results;
	private Map<String, List<RecordedFinding>> previousByItem;

	FindingsChapter(ReportContext ctx) {
		this.ctx = ctx;
		this.s = ctx.styles;
		this.results = ctx.audit.resultsByItem();
	}

	void add(Document doc, String number, SubMonitor monitor) {
		List<RecordedFinding> findings = ctx.findings;
		SubMonitor sub = SubMonitor.convert(monitor, Math.max(1, findings.size()));
		String title = ctx.t("指摘事項", "Findings");
		ctx.findingsTitle = ctx.chapterTitle(number, title);
		doc.add(ctx.chapter(number, title));
		doc.add(s.prose(overview(findings)));
		for (RecordedFinding f : findings) {
			sub.split(1);
			doc.add(block(f));
		}
	}

	private String overview(List<RecordedFinding> findings) {
		if (findings.isEmpty()) {
			return ctx.t("指摘事項はありません。", "There are no findings.");
		}
		Map<FindingGrade, Long> byGrade = findings.stream()
				.collect(Collectors.groupingBy(f -> f.finding().grade(), Collectors.counting()));
		String parts = java.util.Arrays.stream(FindingGrade.values()).filter(byGrade::containsKey)
				.map(g -> g.label(ctx.locale) + (ctx.english ? ": " : " ") + byGrade.get(g) + ctx.t("件", ""))
				.collect(Collectors.joining(ctx.t("、", ", ")));
		return ctx.english ? findings.size() + " findings were raised (" + parts + ")."
				: "指摘事項は " + findings.size() + " 件（" + parts + "）です。";
	}

	private Div block(RecordedFinding rf) {
		Finding f = rf.finding();
		s.place(LocalizedText.of("指摘 " + f.id(), "finding " + f.id()));
		Verdict tint = Palette.asVerdict(f.grade());
		Table head = ctx.english ? s.table(14, 30, 56) : s.table(16, 24, 60);
		head.addCell(bar(s.text(f.id(), 10.5f).setFontColor(s.accent)));
		head.addCell(bar(s.text(f.grade().label(ctx.locale), Styles.TABLE).setFontColor(Palette.strong(tint))
				.setTextAlignment(TextAlignment.CENTER)).setBackgroundColor(Palette.fill(tint)));
		head.addCell(bar(s.text(rf.item().label(ctx.locale), Styles.TABLE).setFontColor(Palette.MUTED)
				.setTextAlignment(TextAlignment.RIGHT)));
		// the head never splits, so its position is where the summary, results and bookmarks jump to
		head.setDestination(ReportContext.findingDestination(f.id()));

		Table kv = s.keyValue();
		if (!rf.site().isEmpty()) {
			s.row(kv, ctx.t("対象拠点", "Site"), rf.site());
		}
		s.row(kv, ctx.t("要求事項", "Requirement"), requirement(rf));
		s.row(kv, ctx.t("指摘内容", "Statement"), s.prose(f.statement()).setFontSize(Styles.TABLE + 0.5f).setMarginBottom(0));
		s.row(kv, ctx.t("客観的証拠", "Evidence"), f.evidence());
		// a root cause is analysed for nonconformities; an observation or improvement shows one only if given
		if (f.grade().requiresCorrectiveAction() || !f.rootCause().isEmpty()) {
			s.row(kv, ctx.t("根本原因", "Root cause"),
					f.rootCause().isEmpty() ? ctx.t("（未分析）", "(not analysed)") : f.rootCause());
		}
		if (f.grade().requiresCorrectiveAction() || f.correctiveAction() != null) {
			s.row(kv, ctx.t("是正処置要求", "Corrective action"), action(f.correctiveAction()));
		}
		String before = previously(rf);
		if (!before.isEmpty()) {
			s.row(kv, ctx.t("前回監査", "Previous audit"), s.text(before, Styles.TABLE)
					.setFontColor(Palette.strong(Verdict.MAJOR_NONCONFORMITY)));
		}
		Div files = evidenceLinks(rf);
		if (files != null) {
			s.row(kv, ctx.t("証拠ファイル", "Evidence files"), files);
		}
		List<Incident> incidents = ctx.incidents.forItem(ctx.audit.checklist().id(), rf.item().id());
		if (!incidents.isEmpty()) {
			s.row(kv, ctx.t("関連する事故事例", "Related incidents"), ctx.incidents.render(ctx, incidents, rf.item().id()));
		}
		Div div = new Div().add(head).add(kv).setMarginBottom(16);
		div.setKeepTogether(true);
		return div;
	}

	/** 「前回も指摘あり」 when the previous audit raised a finding on the same item: a repeat is worse news. */
	private String previously(RecordedFinding rf) {
		if (ctx.previous == null) {
			return "";
		}
		if (previousByItem == null) {
			previousByItem = new java.util.HashMap<>();
			for (RecordedFinding p : ctx.previous.findings()) {
				previousByItem.computeIfAbsent(ChangesChapter.key(ctx.previous, ctx.audit, p.item()),
						k -> new java.util.ArrayList<>()).add(p);
			}
		}
		List<RecordedFinding> was = previousByItem.getOrDefault(ChangesChapter.key(ctx.audit, ctx.previous, rf.item()),
				List.of());
		if (was.isEmpty()) {
			return "";
		}
		String ids = was.stream().map(p -> p.finding().id() + " " + p.finding().grade().label(ctx.locale))
				.collect(Collectors.joining(ctx.t("、", ", ")));
		return ctx.t("前回も指摘あり（" + ids + "）：再発", "also raised last time (" + ids + "): a repeat finding");
	}

	/** The files attached to the finding's item (and site), each linked to its row in the appendix. */
	private Div evidenceLinks(RecordedFinding rf) {
		Div div = null;
		for (ItemResult r : results.getOrDefault(rf.item().id(), List.of())) {
			if (!r.site().equals(rf.site())) {
				continue;
			}
			for (Evidence e : r.evidence()) {
				Integer n = ctx.evidenceNumbers.get(new RecordedEvidence(rf.item(), r.site(), e));
				if (n == null) {
					continue;
				}
				div = div == null ? new Div() : div;
				div.add(s.link(ctx.t("付録 No." + n, "Appendix No. " + n), ReportContext.evidenceDestination(n),
						Styles.TABLE).add(new Text("　" + s.shown(e.path(), s.fonts().gothic())).setFontColor(Palette.TEXT)));
			}
		}
		return div;
	}

	private Cell bar(com.itextpdf.layout.element.Paragraph p) {
		return new Cell().add(p).setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(s.accent, 1f))
				.setPadding(4).setVerticalAlignment(VerticalAlignment.MIDDLE);
	}

	private String requirement(RecordedFinding rf) {
		RequirementRef r = rf.finding().requirement();
		if (r != null) {
			return r.toString();
		}
		String refs = rf.item().requirements().stream().map(RequirementRef::toString)
				.collect(Collectors.joining(ctx.t("、", ", ")));
		return refs.isEmpty() ? rf.item().label(ctx.locale) : refs;
	}

	private String action(CorrectiveAction a) {
		if (a == null) {
			return ctx.t("（未発行）", "(not yet raised)");
		}
		String details = ctx.t("担当: ", "owner: ") + ReportContext.orDash(a.owner()) + ctx.t("／期限: ", "; due: ")
				+ ctx.date(a.dueDate()) + ctx.t("／状況: ", "; status: ") + a.status().label(ctx.locale);
		return a.id() + "  " + a.request() + ctx.parens(details);
	}
}
