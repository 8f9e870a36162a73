package kansa.cli.internal.commands;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import kansa.core.incident.Actor;
import kansa.core.incident.Incident;

/** {@code kansa incident show}: one case in full, Japanese labels first. */
final class IncidentPrinter {

	private final PrintStream out;

	IncidentPrinter(PrintStream out) {
		this.out = out;
	}

	void print(Incident i) {
		out.println(i.id() + "  " + i.organization());
		field("業種 industry", i.industry());
		field("サービス service", i.service());
		date("発生 incident", i, "incidentStart", i.incidentStart());
		date("発生終了 until", i, "incidentEnd", i.incidentEnd());
		date("発覚 discovered", i, "discovered", i.discovered());
		date("公表 announced", i, "announced", i.announced());
		date("個情委へ報告 to PPC", i, "reportedToPpc", i.reportedToPpc());
		date("警察へ報告 to police", i, "reportedToPolice", i.reportedToPolice());
		field("発覚経路 discovery", i.discoveryRoute());
		field("行為者 actors", String.join("、", i.actors().stream().map(Actor::label).map(l -> l.ja()).toList()));
		field("原因 cause", String.join("、", i.allCauses()));
		if (i.recordsAffected() != null) {
			field("件数 records", (i.recordsApproximate() ? "約" : "") + String.format("%,d", i.recordsAffected())
					+ (i.recordsMax() == null ? "" : String.format("〜%,d", i.recordsMax())) + i.recordsUnit());
		}
		if (i.personsAffected() != null) {
			field("人数 persons", String.format("%,d人", i.personsAffected()));
		}
		i.dataAmounts().forEach(a -> field("  内訳 amount", a.variety() + String.format(" %,d", a.amount()) + a.unit()));
		field("データ data types", String.join("、", i.dataTypes()));
		field("概要 narrative", i.narrative());
		list("経緯 timeline", i.timeline().stream().map(e -> e.precision().format(e.date()) + " " + e.event()).toList());
		list("対策 countermeasures", i.countermeasures());
		list("出典 sources", i.sources().stream()
				.map(s -> s.title() + (s.url().isEmpty() ? "" : " " + s.url()) + (s.date() == null ? "" : " (" + s.date() + ")"))
				.toList());
		list("該当項目 mapped items",
				i.mappedItems().stream().map(m -> m.checklistId() + " " + m.itemId() + ": " + m.reason()).toList());
	}

	private void field(String label, String value) {
		if (value != null && !value.isEmpty()) {
			out.printf("  %-22s %s%n", label, value);
		}
	}

	private void date(String label, Incident i, String field, LocalDate d) {
		if (d != null) {
			field(label, i.precisionOf(field).format(d));
		}
	}

	private void list(String label, List<String> values) {
		if (!values.isEmpty()) {
			out.printf("  %s%n", label);
			values.forEach(v -> out.printf("    - %s%n", v));
		}
	}
}
