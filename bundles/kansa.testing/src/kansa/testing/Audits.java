package kansa.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import kansa.core.text.LocalizedText;

/**
 * The audits and checklists the headless tests build, in one place: a small planned audit of 株式会社テスト (one
 * site, 本社) on any checklist, checklists of named or numbered items, an audit with every field filled (for
 * round trips), a large synthetic one, and copies with another id or previous audit. The report bundles' tests
 * keep their own richer scenarios on top of these.
 */
public final class Audits {

	public static final String CLIENT = "株式会社テスト";
	public static final String SITE = "本社";
	public static final String ISO = "ISO/IEC 27001:2022";
	/** The standard of {@link #large(int)}'s checklist. */
	public static final String LARGE_STANDARD = "JIS Q 15001:2023";
	/** The SHA-256 recorded for {@link #everyField()}'s evidence. */
	public static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	private Audits() {
	}

	/** An item numbered as its id, requiring the ISO clause of that number, with one question. */
	public static ChecklistItem item(String id, String title) {
		return new ChecklistItem(id, id, LocalizedText.ja(title), List.of(new RequirementRef(ISO, id)),
				List.of(LocalizedText.ja(title + "は適切ですか。")), null, null, null, Map.of());
	}

	/** Checklist {@code c} version 1 with the items in one section. */
	public static Checklist checklist(ChecklistItem... items) {
		return checklist("c", "チェックリスト", items);
	}

	public static Checklist checklist(String id, String title, ChecklistItem... items) {
		return new Checklist(id, "1", LocalizedText.ja(title), ISO, "", null, "", "",
				List.of(new Section("s", "A.5", LocalizedText.ja("組織的管理策"), List.of(items), List.of())));
	}

	/** Three ISO items: A.5.1 方針, A.5.15 アクセス制御, A.8.8 脆弱性管理. */
	public static Checklist standard() {
		return checklist(item("A.5.1", "方針"), item("A.5.15", "アクセス制御"), item("A.8.8", "脆弱性管理"));
	}

	/** Checklist {@code id} with items I1 … In (項目1 …). */
	public static Checklist numbered(String id, int items) {
		List<ChecklistItem> list = new ArrayList<>();
		for (int i = 1; i <= items; i++) {
			list.add(item("I" + i, "項目" + i));
		}
		return checklist(id, "自社", list.toArray(ChecklistItem[]::new));
	}

	/** A planned internal audit of {@value #CLIENT} ({@value #SITE}) with no results yet. */
	public static Audit audit(String id, Checklist checklist) {
		return new Audit(id, "内部監査", new Client(CLIENT, List.of(SITE)), "", "", List.of(), null, null, "山田",
				List.of(), List.of(), AuditStatus.PLANNED, "", checklist, List.of(), "");
	}

	/** The same audit under another id, following {@code previousAuditId} (empty: none). */
	public static Audit copy(Audit a, String id, String previousAuditId) {
		return new Audit(id, a.title(), a.client(), a.scope(), a.objective(), a.criteria(), a.startDate(),
				a.endDate(), a.leadAuditor(), a.team(), a.auditees(), a.status(), a.summary(), a.checklist(),
				a.results(), previousAuditId);
	}

	/** Two sections of the ISMS checklist with every field of items, sections and checklist filled. */
	public static Checklist everyFieldChecklist() {
		Section org = new Section("A.5", "A.5", LocalizedText.of("組織的管理策", "Organizational controls"),
				List.of(fullItem("A.5.1", "A.5.1", "情報セキュリティのための方針群"), fullItem("A.5.15", "A.5.15", "アクセス制御")),
				List.of());
		Section tech = new Section("A.8", "A.8", LocalizedText.of("技術的管理策", "Technological controls"),
				List.of(fullItem("A.8.8", "A.8.8", "技術的ぜい弱性の管理")), List.of());
		return new Checklist("iso27001-2022", "1.0", LocalizedText.of("ISMS チェックリスト", "ISMS checklist"),
				ISO, "JIS Q 27001:2023", LocalizedText.ja("説明"), "", "初版", List.of(org, tech));
	}

	/** An item with both languages, guidance and an extra field. */
	public static ChecklistItem fullItem(String id, String number, String ja) {
		return new ChecklistItem(id, number, LocalizedText.of(ja, "Title " + id), List.of(new RequirementRef(ISO, number)),
				List.of(LocalizedText.of("手順は文書化されていますか。", "Is the procedure documented?")),
				LocalizedText.of("規程と記録を閲覧する。", "Read the rules and records."),
				LocalizedText.of("規程、承認記録", "Rules, approval records"), LocalizedText.ja("よくある弱点"),
				Map.of("備考", "取込元の列"));
	}

	/**
	 * An audit in progress with every field filled: evidence, a finding with its corrective action, results at two
	 * sites and an action carried over from the previous audit.
	 */
	public static Audit everyField() {
		Evidence photo = new Evidence("evidence/サーバ室.jpg", SHA, 1234, EvidenceKind.PHOTO, "施錠されたサーバ室",
				"IMG_0001.JPG", LocalDate.of(2026, 11, 5));
		Finding nc = new Finding("F-001", FindingGrade.MINOR_NONCONFORMITY, "脆弱性情報の確認記録がない。",
				new RequirementRef(ISO, "A.8.8"), "2026年度の確認記録なし", "担当者の異動",
				new CorrectiveAction("CAR-001", "確認手順を定め記録する", "情報システム部 佐藤", LocalDate.of(2026, 12, 20),
						CorrectiveActionStatus.OPEN, ""));
		List<ItemResult> results = List.of(
				new ItemResult("A.5.1", "", Verdict.CONFORMING, "方針は承認済み", "総務部長", Instant.parse("2026-11-05T01:30:00Z"),
						List.of(photo), List.of()),
				new ItemResult("A.8.8", "本社", Verdict.MINOR_NONCONFORMITY, "記録なし", "", null, List.of(), List.of(nc)),
				new ItemResult("A.8.8", "大阪支店", Verdict.CONFORMING, "", "", null, List.of(), List.of()));
		return new Audit("2026-isms-01", "2026年度 内部監査", new Client("株式会社サンプル商事", List.of("本社", "大阪支店")),
				"全社", "ISMSの運用状況の確認", List.of(ISO, "社内規程"), LocalDate.of(2026, 11, 5),
				LocalDate.of(2026, 11, 6), "山田 太郎", List.of("鈴木 花子"), List.of(new Auditee("佐藤 次郎", "情報システム部", "部長")),
				AuditStatus.IN_PROGRESS, "概ね適切に運用されている。", everyFieldChecklist(), results, "2025-isms-01",
				List.of(new CarriedAction("2025-isms-01", "F-007", "A.5.15", "権限の見直し記録がない",
						new CorrectiveAction("CAR-007", "棚卸しを四半期ごとに行う", "総務部", LocalDate.of(2026, 3, 31),
								CorrectiveActionStatus.RESPONSE_RECEIVED, "手順を改訂した"))));
	}

	/**
	 * A synthetic audit of a large checklist (sections of 100 items): every other item has a result, every tenth a
	 * finding with a corrective action, so that every sheet and table has bulk. No evidence files.
	 */
	public static Audit large(int itemCount) {
		List<Section> sections = new ArrayList<>();
		List<ItemResult> results = new ArrayList<>();
		Verdict[] verdicts = Verdict.values();
		for (int s = 0; s * 100 < itemCount; s++) {
			List<ChecklistItem> items = new ArrayList<>();
			for (int i = s * 100; i < Math.min(itemCount, (s + 1) * 100); i++) {
				String id = "item-" + i;
				items.add(new ChecklistItem(id, String.format("%d.%d", s + 1, i % 100 + 1),
						LocalizedText.of("確認項目 " + (i + 1), "Item " + (i + 1)),
						List.of(new RequirementRef(LARGE_STANDARD, "A." + (i % 38 + 1))),
						List.of(LocalizedText.ja("どのように運用していますか。")), LocalizedText.ja("記録を閲覧し、運用状況を確認する。"),
						null, null, null));
				if (i % 2 == 0) {
					List<Finding> findings = i % 10 == 0
							? List.of(new Finding("F-" + i, FindingGrade.MINOR_NONCONFORMITY, "記録の一部が欠落している。", null,
									"", "", new CorrectiveAction("CA-" + i, "記録を補完すること。", "", null, null, "")))
							: List.of();
					results.add(new ItemResult(id, "", i % 10 == 0 ? Verdict.MINOR_NONCONFORMITY : verdicts[i % 7], "所見 " + i,
							"担当者 " + i, null, List.of(), findings));
				}
			}
			sections.add(new Section("sec-" + s, String.valueOf(s + 1), LocalizedText.ja("章 " + (s + 1)), items, List.of()));
		}
		Checklist checklist = new Checklist("large", "1.0", LocalizedText.ja("大規模チェックリスト"), LARGE_STANDARD, "", null,
				"", "", sections);
		return new Audit("large", "大規模監査", new Client("株式会社大規模", List.of()), "", "", List.of(), null, null, "", List.of(),
				List.of(), AuditStatus.IN_PROGRESS, "", checklist, results, "");
	}
}
