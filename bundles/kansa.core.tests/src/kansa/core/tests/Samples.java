package kansa.core.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kansa.core.incident.Actor;
import kansa.core.incident.DatePrecision;
import kansa.core.incident.Incident;

/** Incidents with every field filled, for round-trip tests (audits and checklists: kansa.testing.Audits). */
final class Samples {

	/** Every field of the current schema filled. */
	static Incident incident() {
		return new Incident("sample-2024-01", "株式会社サンプル", "小売", "サンプル通販サイト", LocalDate.of(2023, 5, 1),
				LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 20),
				LocalDate.of(2024, 3, 5), Map.of("incidentStart", DatePrecision.MONTH), "決済代行会社・カード会社からの連絡",
				List.of(Actor.EXTERNAL, Actor.CONTRACTOR), "ペイメントアプリケーション改ざん", List.of("不正アクセス・脆弱性"),
				25_000L, 30_000L, true, "人", 28_000L,
				List.of(new Incident.DataAmount("クレジットカード情報", 3255, "件")), List.of("氏名", "クレジットカード番号"),
				"改ざんされた決済画面から情報が盗まれた。",
				List.of(new Incident.TimelineEvent(LocalDate.of(2024, 3, 1), null, "カード決済を停止")),
				List.of("決済方式をリンク型に変更"),
				List.of(new Incident.Source("https://example.com/news", "お詫び", LocalDate.of(2024, 4, 1))),
				List.of(new Incident.MappedItem("iso27001-2022", "A.8.8", "脆弱性の放置")));
	}

	/** Only the first schema's fields, through the constructor kept for existing callers. */
	static Incident incidentOfFirstSchema() {
		return new Incident("sample-2024-01", "株式会社サンプル", "小売", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 1),
				LocalDate.of(2024, 4, 1), "決済代行会社からの連絡", 3255L, "件", List.of("氏名", "クレジットカード番号"),
				"不正アクセス", "改ざんされた決済画面から情報が盗まれた。",
				List.of(new Incident.Source("https://example.com/news", "お詫び", LocalDate.of(2024, 4, 1))),
				List.of(new Incident.MappedItem("iso27001-2022", "A.8.8", "脆弱性の放置")));
	}

	private Samples() {
	}
}
