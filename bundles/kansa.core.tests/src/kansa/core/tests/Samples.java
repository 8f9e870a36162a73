package kansa.core.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Auditee;
import kansa.core.audit.CarriedAction;
import kansa.core.audit.Client;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.Finding;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.RequirementRef;
import kansa.core.checklist.Section;
import kansa.core.incident.Actor;
import kansa.core.incident.DatePrecision;
import kansa.core.incident.Incident;
import kansa.core.text.LocalizedText;

/** Model objects with every field filled, for round-trip tests. */
final class Samples {

	static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	static ChecklistItem item(String id, String number, String ja) {
		return new ChecklistItem(id, number, LocalizedText.of(ja, "Title " + id),
				List.of(new RequirementRef("ISO/IEC 27001:2022", number)),
				List.of(LocalizedText.of("手順は文書化されていますか。", "Is the procedure documented?")),
				LocalizedText.of("規程と記録を閲覧する。", "Read the rules and records."),
				LocalizedText.of("規程、承認記録", "Rules, approval records"), LocalizedText.ja("よくある弱点"),
				Map.of("備考", "取込元の列"));
	}

	static Checklist checklist() {
		Section org = new Section("A.5", "A.5", LocalizedText.of("組織的管理策", "Organizational controls"),
				List.of(item("A.5.1", "A.5.1", "情報セキュリティのための方針群"), item("A.5.15", "A.5.15", "アクセス制御")),
				List.of());
		Section tech = new Section("A.8", "A.8", LocalizedText.of("技術的管理策", "Technological controls"),
				List.of(item("A.8.8", "A.8.8", "技術的ぜい弱性の管理")), List.of());
		return new Checklist("iso27001-2022", "1.0", LocalizedText.of("ISMS チェックリスト", "ISMS checklist"),
				"ISO/IEC 27001:2022", "JIS Q 27001:2023", LocalizedText.ja("説明"), "", "初版", List.of(org, tech));
	}

	static Audit audit() {
		Evidence photo = new Evidence("evidence/サーバ室.jpg", SHA, 1234, EvidenceKind.PHOTO, "施錠されたサーバ室",
				"IMG_0001.JPG", LocalDate.of(2026, 11, 5));
		Finding nc = new Finding("F-001", FindingGrade.MINOR_NONCONFORMITY, "脆弱性情報の確認記録がない。",
				new RequirementRef("ISO/IEC 27001:2022", "A.8.8"), "2026年度の確認記録なし", "担当者の異動",
				new CorrectiveAction("CAR-001", "確認手順を定め記録する", "情報システム部 佐藤", LocalDate.of(2026, 12, 20),
						CorrectiveActionStatus.OPEN, ""));
		List<ItemResult> results = List.of(
				new ItemResult("A.5.1", "", Verdict.CONFORMING, "方針は承認済み", "総務部長", Instant.parse("2026-11-05T01:30:00Z"),
						List.of(photo), List.of()),
				new ItemResult("A.8.8", "本社", Verdict.MINOR_NONCONFORMITY, "記録なし", "", null, List.of(), List.of(nc)),
				new ItemResult("A.8.8", "大阪支店", Verdict.CONFORMING, "", "", null, List.of(), List.of()));
		return new Audit("2026-isms-01", "2026年度 内部監査", new Client("株式会社サンプル商事", List.of("本社", "大阪支店")),
				"全社", "ISMSの運用状況の確認", List.of("ISO/IEC 27001:2022", "社内規程"), LocalDate.of(2026, 11, 5),
				LocalDate.of(2026, 11, 6), "山田 太郎", List.of("鈴木 花子"), List.of(new Auditee("佐藤 次郎", "情報システム部", "部長")),
				AuditStatus.IN_PROGRESS, "概ね適切に運用されている。", checklist(), results, "2025-isms-01",
				List.of(new CarriedAction("2025-isms-01", "F-007", "A.5.15", "権限の見直し記録がない",
						new CorrectiveAction("CAR-007", "棚卸しを四半期ごとに行う", "総務部", LocalDate.of(2026, 3, 31),
								CorrectiveActionStatus.RESPONSE_RECEIVED, "手順を改訂した"))));
	}

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
