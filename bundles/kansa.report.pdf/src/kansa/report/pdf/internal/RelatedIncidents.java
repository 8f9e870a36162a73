package kansa.report.pdf.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.itextpdf.layout.element.Div;

import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;

/**
 * 関連する事故事例: published breach cases that the incident libraries map to a finding's checklist item, so the
 * client sees what the same gap has cost others. Only the libraries present when the report starts are asked.
 */
final class RelatedIncidents {

	/** More cases than this are summed up as "ほか N 件": the finding stays the main thing on its page. */
	static final int SHOWN = 3;
	private static final int LINE = 70;

	private final List<IncidentLibrary> libraries;

	RelatedIncidents(List<IncidentLibrary> libraries) {
		this.libraries = List.copyOf(libraries);
	}

	/** Cases mapped to the item in any library, newest first; a case listed by two libraries appears once. */
	List<Incident> forItem(String checklistId, String itemId) {
		if (libraries.isEmpty()) {
			return List.of();
		}
		Map<String, Incident> byId = new LinkedHashMap<>();
		for (IncidentLibrary library : libraries) {
			for (Incident i : library.incidentsFor(checklistId, itemId)) {
				byId.putIfAbsent(i.id(), i);
			}
		}
		return byId.values().stream()
				.sorted(Comparator.comparing(RelatedIncidents::date, Comparator.nullsLast(Comparator.reverseOrder())))
				.toList();
	}

	/** One block per case: who, when, how many records, why; then one line on what happened. */
	Div render(ReportContext ctx, List<Incident> incidents, String itemId) {
		Styles s = ctx.styles;
		Div div = new Div();
		for (Incident i : incidents.subList(0, Math.min(SHOWN, incidents.size()))) {
			String facts = String.join(ctx.t("・", " · "),
					java.util.stream.Stream.of(when(ctx, i), records(ctx, i), i.cause()).filter(x -> !x.isEmpty())
							.toList());
			div.add(s.text(i.organization() + (facts.isEmpty() ? "" : ctx.parens(facts)), Styles.TABLE)
					.setMarginTop(div.getChildren().isEmpty() ? 0 : 4));
			String line = oneLine(i, itemId);
			if (!line.isEmpty()) {
				div.add(s.text(line, Styles.SMALL).setFontColor(Palette.MUTED));
			}
		}
		if (incidents.size() > SHOWN) {
			int more = incidents.size() - SHOWN;
			div.add(s.note(ctx.t("ほか " + more + " 件", more + " more")));
		}
		return div;
	}

	private static LocalDate date(Incident i) {
		return i.announced() != null ? i.announced() : i.discovered() != null ? i.discovered() : i.incidentStart();
	}

	private static String when(ReportContext ctx, Incident i) {
		if (i.announced() != null) {
			return ctx.english ? "announced " + ctx.date(i.announced()) : ctx.date(i.announced()) + "公表";
		}
		if (i.discovered() != null) {
			return ctx.english ? "discovered " + ctx.date(i.discovered()) : ctx.date(i.discovered()) + "発覚";
		}
		if (i.incidentStart() != null) {
			return ctx.english ? "began " + ctx.date(i.incidentStart()) : ctx.date(i.incidentStart()) + "発生";
		}
		return "";
	}

	private static String records(ReportContext ctx, Incident i) {
		if (i.recordsAffected() == null) {
			return ctx.t("件数不明", "records unknown");
		}
		String n = NumberFormat.getIntegerInstance(Locale.ROOT).format(i.recordsAffected());
		if (ctx.english) {
			boolean people = i.recordsUnit().equals("人") || i.recordsUnit().equals("名");
			return n + (people ? " people" : " records");
		}
		return n + (i.recordsUnit().isEmpty() ? "件" : i.recordsUnit());
	}

	/** Why the case belongs to this item when the library says so, else the narrative's first sentence. */
	private static String oneLine(Incident i, String itemId) {
		String reason = i.mappedItems().stream().filter(m -> m.itemId().equals(itemId))
				.map(Incident.MappedItem::reason).filter(r -> !r.isEmpty()).findFirst().orElse("");
		String text = reason.isEmpty() ? firstSentence(i.narrative()) : reason;
		return ReportContext.shorten(text, LINE);
	}

	private static String firstSentence(String text) {
		int end = text.indexOf('。');
		if (end >= 0) {
			return text.substring(0, end + 1);
		}
		int dot = text.indexOf(". ");
		return dot >= 0 ? text.substring(0, dot + 1) : text;
	}
}
