package kansa.report.pdf.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Paragraph;

import kansa.core.audit.Audit.RecordedEvidence;
import kansa.core.audit.Audit.RecordedFinding;
import kansa.core.audit.Audit;
import kansa.core.audit.Verdict;
import kansa.core.report.ReportRequest;
import kansa.report.pdf.internal.FontFiles.ReportFonts;
import kansa.core.text.LocalizedText;

/** Everything the parts of one report share: the request, its language, fonts, styles and the headings seen. */
final class ReportContext {

	private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);
	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	final ReportRequest request;
	/** Printed with the ドラフト mark: asked for, or items still 未評価. */
	final boolean draft;
	final Audit audit;
	final Locale locale;
	final boolean english;
	final ReportFonts fonts;
	final Styles styles;
	final Headings headings = new Headings();
	final LocalDate reportDate;
	final RelatedIncidents incidents;
	/** Every finding in checklist order, computed once: chapters, links and bookmarks all walk it. */
	final List<RecordedFinding> findings;
	/** Appendix row number (1-based) of each evidence file, the target of the findings' links. */
	final Map<RecordedEvidence, Integer> evidenceNumbers = new HashMap<>();
	private Map<String, Verdict> standing;
	private Map<String, Verdict> previousStanding;

	/** The item's standing verdict, looked up in a map built once: Audit.verdictOf scans every result. */
	Verdict verdictOf(String itemId) {
		if (standing == null) {
			standing = audit.standingVerdicts();
		}
		return standing.getOrDefault(itemId, Verdict.NOT_ASSESSED);
	}

	Verdict previousVerdictOf(String itemId) {
		if (previousStanding == null) {
			previousStanding = previous.standingVerdicts();
		}
		return previousStanding.getOrDefault(itemId, Verdict.NOT_ASSESSED);
	}

	/** Title of the findings chapter as numbered in this report, under which the bookmarks list each finding. */
	String findingsTitle = "";

	final PdfOutputIntent outputIntent;
	final Template template;
	/** The audit before this one, for 前回監査からの変化; null when the request has none. */
	final Audit previous;

	ReportContext(ReportRequest request, ReportFonts fonts, LocalDate reportDate, RelatedIncidents incidents,
			PdfOutputIntent outputIntent, Template template) {
		this.request = request;
		this.audit = request.audit();
		this.draft = request.marksDraft();
		this.english = request.english();
		this.locale = request.language().locale();
		this.fonts = fonts;
		this.styles = new Styles(fonts, template.accent());
		this.template = template;
		this.previous = request.previousAudit();
		this.reportDate = reportDate;
		this.incidents = incidents;
		this.outputIntent = outputIntent;
		this.findings = audit.findings();
		List<RecordedEvidence> evidence = audit.evidence();
		for (int i = 0; i < evidence.size(); i++) {
			evidenceNumbers.putIfAbsent(evidence.get(i), i + 1);
		}
	}

	/** User-facing text: Japanese first, English when asked for. */
	String t(String ja, String en) {
		return english ? en : ja;
	}

	String date(LocalDate d) {
		return d == null ? t("未定", "not set") : d.format(english ? EN_DATE : JA_DATE);
	}

	String period() {
		return periodOf(audit);
	}

	String periodOf(Audit a) {
		if (a.startDate() == null && a.endDate() == null) {
			return t("未定", "not set");
		}
		if (a.endDate() == null || a.endDate().equals(a.startDate())) {
			return date(a.startDate());
		}
		return date(a.startDate()) + t(" 〜 ", " – ") + date(a.endDate());
	}

	/** A template text in the report's language (each falling back to the other). */
	String text(kansa.core.text.LocalizedText text) {
		return text.get(locale);
	}

	/** Empty fields show a dash, so a reader sees that nothing was recorded rather than a layout gap. */
	static String orDash(String s) {
		return s == null || s.isBlank() ? "—" : s;
	}

	/** A chapter heading, tracked for the table of contents and the bookmarks. */
	Paragraph chapter(String number, String title) {
		String full = chapterTitle(number, title);
		styles.place(LocalizedText.of(full, full)); // the chapter as the report names it, in its language
		Paragraph p = styles.text(full, Styles.H1).setFontColor(styles.accent).setMarginTop(4).setMarginBottom(12)
				.setPaddingBottom(4).setBorderBottom(new SolidBorder(styles.accent, 1.2f)).setKeepWithNext(true);
		return headings.track(p, full, true);
	}

	String chapterTitle(String number, String title) {
		return number.isEmpty() ? title : number + (english ? "  " : "　") + title;
	}

	/** Named destination of a finding's block: the summary, the results table and the bookmarks jump there. */
	static String findingDestination(String findingId) {
		return "finding-" + findingId;
	}

	/** Named destination of an appendix row, the target of the links in the findings. */
	static String evidenceDestination(int number) {
		return "evidence-" + number;
	}

	/** The text cut to at most {@code max} characters (code points), an ellipsis marking the cut. */
	static String shorten(String text, int max) {
		String flat = text.replaceAll("\\s*\\R\\s*", " ");
		if (flat.codePointCount(0, flat.length()) <= max) {
			return flat;
		}
		return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
	}

	/** An audit as the client knows it: its title and dates, never its internal id. */
	String describe(Audit a) {
		return (a.title().isEmpty() ? t("前回監査", "Previous audit") : a.title()) + parens(periodOf(a));
	}

	/** A checklist by its title and version label (not its internal id@version reference). */
	String checklistName(kansa.core.checklist.Checklist c) {
		return c.title().get(locale) + parens(t("版 ", "version ") + c.version());
	}

	/** Text in brackets: full-width in Japanese, ASCII with a space in English. */
	String parens(String s) {
		return english ? " (" + s + ")" : "（" + s + "）";
	}

	String reportTitle() {
		return t("内部監査報告書", "Internal Audit Report");
	}
}
