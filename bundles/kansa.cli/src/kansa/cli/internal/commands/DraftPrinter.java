package kansa.cli.internal.commands;

import java.io.PrintStream;
import java.util.List;

import kansa.incidents.extract.Found;
import kansa.incidents.extract.FoundCount;
import kansa.incidents.extract.FoundDate;
import kansa.incidents.extract.IncidentDraft;
import kansa.incidents.extract.Span;

/** Prints an extractor draft for a person: each field, its value, confidence and the text it came from. */
final class DraftPrinter {

	private final PrintStream out;

	DraftPrinter(PrintStream out) {
		this.out = out;
	}

	void print(IncidentDraft d) {
		out.println("記事から読み取った下書き / Draft read from the article — 各項目を確認してください / confirm each field");
		out.println("  [確信度 confidence]  «本文の該当箇所 text span» @位置 offsets");
		line("見出し", "title", d.title());
		line("組織", "organization", d.organization());
		line("委託先・提供者", "contractor", d.contractor());
		line("業種", "industry", d.industry());
		line("サービス", "service", d.service());
		date("発生開始", "incidentStart", d.incidentStart());
		date("発生終了", "incidentEnd", d.incidentEnd());
		date("発覚", "discovered", d.discovered());
		date("公表", "announced", d.announced());
		date("個人情報保護委員会へ報告", "reportedToPpc", d.reportedToPpc());
		date("警察へ報告", "reportedToPolice", d.reportedToPolice());
		line("発覚経路", "discoveryRoute", d.discoveryRoute());
		for (Found<?> a : d.actors()) {
			line("行為者", "actor", a);
		}
		line("原因", "cause", d.cause());
		for (Found<?> c : d.secondaryCauses()) {
			line("副次的原因", "secondaryCause", c);
		}
		count("件数", "recordsAffected", d.recordsAffected());
		count("人数", "personsAffected", d.personsAffected());
		for (FoundCount c : d.counts()) {
			count("  本文中の数", "count (" + c.kind() + ")", c);
		}
		for (Found<?> t : d.dataTypes()) {
			line("データ種別", "dataType", t);
		}
		for (Found<kansa.core.incident.Incident.DataAmount> a : d.dataAmounts()) {
			out.printf("  %-24s %s %,d%s  [%.2f] %s%n", "データ別件数 dataAmount", a.value().variety(), a.value().amount(),
					a.value().unit(), a.confidence(), span(a.span()));
		}
		for (Found<kansa.core.incident.Incident.TimelineEvent> e : d.timeline()) {
			out.printf("  %-24s %s %s  [%.2f] %s%n", "経緯 timeline", e.value().precision().format(e.value().date()),
					e.value().event(), e.confidence(), span(e.span()));
		}
		for (Found<?> c : d.countermeasures()) {
			line("再発防止策", "countermeasure", c);
		}
		for (Found<?> s : d.sources()) {
			line("出典URL", "source", s);
		}
	}

	private void line(String ja, String en, Found<?> f) {
		if (f == null) {
			out.printf("  %-24s （見つかりません / not found）%n", ja + " " + en);
		} else {
			Object value = f.value() instanceof kansa.core.incident.Actor a ? a.label().ja() + " (" + a.label().en() + ")"
					: f.value();
			out.printf("  %-24s %s  [%.2f] %s%n", ja + " " + en, value, f.confidence(), span(f.span()));
		}
	}

	private void date(String ja, String en, FoundDate d) {
		if (d == null) {
			line(ja, en, null);
			return;
		}
		out.printf("  %-24s %s (%s)%s  [%.2f] %s%n", ja + " " + en, d.value(), d.precision().format(d.value()),
				d.yearImplied() ? " 年は文脈から補完 / year implied" : "", d.confidence(), span(d.span()));
	}

	private void count(String ja, String en, FoundCount c) {
		if (c == null) {
			line(ja, en, null);
			return;
		}
		String value = String.format("%,d", c.value()) + (c.max() == null ? "" : String.format("〜%,d", c.max()))
				+ c.unit() + (c.approximate() ? "（概数 approx.）" : "");
		out.printf("  %-24s %s  [%.2f] %s%n", ja + " " + en, value, c.confidence(), span(c.span()));
	}

	private static String span(Span s) {
		String text = s.text().replace('\n', ' ');
		if (text.length() > 60) {
			text = text.substring(0, 59) + "…";
		}
		return "«" + text + "» @" + s.start() + "-" + s.end();
	}

	static <T> List<T> values(List<Found<T>> found) {
		return found.stream().map(Found::value).toList();
	}
}
