package kansa.report.pdf.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Auditee;
import kansa.core.audit.CarriedAction;
import kansa.core.audit.Client;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceCheck;
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
 * A realistic Pマーク (JIS Q 15001) internal audit in Japanese: three sections (one with a sub-section), twelve items, every verdict,
 * findings with corrective actions, and evidence files of which one is intact, one changed and one missing.
 */
public final class AuditFixture {

	static final String CLIENT = "株式会社さくらデータサービス";
	static final String STANDARD = "JIS Q 15001:2023";

	private final List<Section> sections = new ArrayList<>();
	private final List<ItemResult> results = new ArrayList<>();
	private int extraItems;
	private Path evidenceDirectory;

	/** Adds a further section of generated items, to make long reports. */
	public AuditFixture extraItems(int count) {
		this.extraItems = count;
		return this;
	}

	/** Writes the evidence files (one of them then altered, one left out) into the folder. */
	public AuditFixture evidenceIn(Path directory) {
		this.evidenceDirectory = directory;
		return this;
	}

	public Audit build() throws IOException {
		Evidence ledger = evidence("evidence/個人情報管理台帳_2026.xlsx", "個人情報管理台帳（2026年3月改訂版）",
				EvidenceKind.DOCUMENT, "台帳の内容 2026-03", true);
		Evidence risk = evidence("evidence/risk-assessment.pdf", "リスク分析結果表", EvidenceKind.RECORD,
				"リスク分析 2025", false);
		Evidence contract = evidence("evidence/委託契約書_配送業者.pdf", "委託先との契約書（安全管理措置の条項なし）",
				EvidenceKind.DOCUMENT, "委託契約", true);
		Evidence photo = evidence("evidence/photos/osaka-cabinet.jpg", "大阪支店 施錠されていない書庫", EvidenceKind.PHOTO,
				"写真", null);

		sections.add(new Section("plan", "A.3.3", LocalizedText.of("計画", "Planning"), List.of(
				item("i-331", "A.3.3.1", "個人情報の特定", "Identification of personal information"),
				item("i-333", "A.3.3.3", "リスクアセスメント及びリスク対策", "Risk assessment and treatment"),
				item("i-334", "A.3.3.4", "資源、役割、責任及び権限", "Resources, roles, responsibilities and authorities"),
				item("i-335", "A.3.3.5", "内部規程", "Internal rules")), List.of()));
		sections.add(new Section("ops", "A.3.4", LocalizedText.of("実施及び運用", "Implementation and operation"), List.of(),
				List.of(new Section("ops-acq", "A.3.4.2", LocalizedText.of("取得、利用及び提供に関する原則", "Acquisition, use and provision"),
						List.of(item("i-34221", "A.3.4.2.1", "利用目的の特定", "Specifying the purpose of use"),
								item("i-34224", "A.3.4.2.4", "要配慮個人情報の取得", "Acquiring special care-required personal information"),
								item("i-34225", "A.3.4.2.5", "本人から直接書面によって取得する場合の措置", "Written acquisition directly from the person")),
						List.of()),
						new Section("ops-safe", "A.3.4.3", LocalizedText.of("適正管理", "Proper management"),
								List.of(item("i-34332", "A.3.4.3.2", "安全管理措置", "Security control measures"),
										item("i-34334", "A.3.4.3.4", "委託先の監督", "Supervision of contractors")),
								List.of()))));
		sections.add(new Section("check", "A.3.7", LocalizedText.of("点検及び是正", "Checking and correction"), List.of(
				item("i-3752", "A.3.7.2", "内部監査", "Internal audit"),
				item("i-3753", "A.3.7.3", "マネジメントレビュー", "Management review"),
				item("i-3754", "A.3.7.4", "是正処置", "Corrective action")), List.of()));
		if (extraItems > 0) {
			List<ChecklistItem> extra = new ArrayList<>();
			for (int i = 1; i <= extraItems; i++) {
				extra.add(item("x-" + i, "B." + i, "追加確認項目 " + i + "：教育記録と受講状況の確認",
						"Additional item " + i));
			}
			sections.add(new Section("extra", "B", LocalizedText.of("追加確認事項", "Additional checks"), extra, List.of()));
		}

		result("i-331", "", Verdict.CONFORMING, "個人情報管理台帳は2026年3月に更新済み。全42業務について個人情報を特定し、件数・保管場所・保管期間を記載している。", List.of(ledger));
		result("i-333", "", Verdict.MINOR_NONCONFORMITY, "リスク分析は実施されているが、新規業務（オンライン相談窓口）が反映されていない。", List.of(risk),
				finding("F-001", FindingGrade.MINOR_NONCONFORMITY,
						"2025年10月に開始したオンライン相談窓口で取得する個人情報について、リスクの特定・分析が行われていない。",
						"A.3.3.3", "リスク分析結果表（2025年4月版）に当該業務の記載なし。担当者へのヒアリングでも未実施を確認。",
						"新規業務開始時にリスク分析の見直しを求める手順が内部規程にない。",
						ca("CA-001", "新規業務を含めたリスク分析の見直しと、業務開始時の見直し手順の規定化", "情報システム部 佐藤", LocalDate.of(2026, 6, 30), CorrectiveActionStatus.OPEN)));
		result("i-334", "", Verdict.CONFORMING, "個人情報保護管理者及び監査責任者が任命され、兼任していないことを確認。", List.of());
		result("i-335", "", Verdict.OBSERVATION, "内部規程は整備されているが、改訂履歴の記載が一部欠けている。", List.of(),
				finding("F-002", FindingGrade.OBSERVATION, "内部規程「個人情報取扱規程」の改訂履歴に2024年改訂の記載がない。",
						null, "規程第5版の改訂履歴欄を確認。", "", null));
		result("i-34221", "", Verdict.CONFORMING, "利用目的はプライバシーポリシー及び申込書に明示されている。", List.of());
		result("i-34224", "", Verdict.NOT_APPLICABLE, "要配慮個人情報を取得する業務はない（台帳で確認）。", List.of());
		result("i-34225", "本社", Verdict.CONFORMING, "申込書に利用目的・問合せ窓口等の必要事項を記載し、本人の同意を得ている。", List.of());
		result("i-34225", "大阪支店", Verdict.MAJOR_NONCONFORMITY, "旧様式の申込書を使用しており、本人の同意欄がない。", List.of(),
				finding("F-003", FindingGrade.MAJOR_NONCONFORMITY,
						"大阪支店では2023年改訂前の旧様式申込書を使用しており、本人に利用目的等を明示せず、同意を得ないまま個人情報を取得している。",
						"A.3.4.2.5", "2026年4月受付分の申込書20件すべてが旧様式。支店長へのヒアリングで新様式への切替え漏れを確認。",
						"様式改訂時の各拠点への周知と旧様式の回収が行われていない。",
						ca("CA-002", "旧様式申込書の回収・廃棄、新様式への切替え、取得済み個人情報の本人への通知", "大阪支店長 田中", LocalDate.of(2026, 5, 31), CorrectiveActionStatus.RESPONSE_RECEIVED)));
		result("i-34332", "", Verdict.OPPORTUNITY_FOR_IMPROVEMENT, "書庫の施錠管理は概ね良好。鍵の管理簿があるとなお良い。", List.of(photo),
				finding("F-004", FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT, "書庫の鍵の貸出記録をつけると、鍵の所在を常に把握できる。",
						null, "大阪支店の書庫。鍵は支店長の机で保管。", "", null));
		result("i-34334", "", Verdict.MINOR_NONCONFORMITY, "配送業者との契約書に安全管理措置に関する条項がない。", List.of(contract),
				finding("F-005", FindingGrade.MINOR_NONCONFORMITY,
						"配送委託先（株式会社はやて運輸）との契約に、安全管理に関する事項（再委託の条件、事故時の報告等）が定められていない。",
						"A.3.4.3.4", "委託契約書（2022年締結）第1条〜第12条を確認。", "委託先選定後の契約内容の確認手順がない。",
						ca("CA-003", "委託契約への安全管理条項の追加（覚書の締結）", "総務部 鈴木", LocalDate.of(2026, 3, 31), CorrectiveActionStatus.VERIFIED)));
		result("i-3752", "", Verdict.CONFORMING, "年間監査計画に基づき全部門の監査を実施済み。", List.of());
		result("i-3754", "", Verdict.CONFORMING, "前回指摘3件の是正処置が完了し、有効性を確認した。", List.of());
		// i-3753 stays unassessed
		for (int i = 1; i <= extraItems; i++) {
			Verdict v = i % 7 == 0 ? Verdict.OBSERVATION : Verdict.CONFORMING;
			result("x-" + i, "", v, "教育記録（2025年度）を確認した。受講率は" + (90 + i % 10) + "％。", List.of());
		}

		Checklist checklist = new Checklist("pms-internal", "2.1",
				LocalizedText.of("個人情報保護マネジメントシステム 内部監査チェックリスト", "PMS internal audit checklist"),
				"JIS Q 15001", STANDARD, LocalizedText.EMPTY, "", "", sections);
		return new Audit("2026-sakura-internal", "2026年度 個人情報保護 内部監査", new Client(CLIENT, List.of("本社", "大阪支店")),
				"本社（東京都千代田区）及び大阪支店における個人情報の取扱い業務全般", "JIS Q 15001:2023 及び当社個人情報保護規程への適合性を確認し、PMS の継続的改善に資すること。",
				List.of(STANDARD, "個人情報の保護に関する法律", "当社 個人情報保護規程 第5版"), LocalDate.of(2026, 4, 15),
				LocalDate.of(2026, 4, 17), "山本 恵子", List.of("高橋 誠", "伊藤 美咲"),
				List.of(new Auditee("中村 浩二", "総務部", "個人情報保護管理者"), new Auditee("田中 一郎", "大阪支店", "支店長"),
						new Auditee("佐藤 由美", "情報システム部", "課長")),
				AuditStatus.REPORTED,
				"全体として PMS は適切に運用されており、前回監査の指摘事項も是正されている。\n"
						+ "一方、大阪支店において旧様式の申込書が使用され、本人の同意を得ずに個人情報を取得していた点は重大な不適合であり、速やかな是正を要する。"
						+ "また、新規業務のリスク分析及び委託先との契約内容の確認について、手順の整備が望まれる。",
				checklist, results, "2025-sakura-internal");
	}

	/**
	 * Last year's audit of the same client: one item worse now, two better, one major nonconformity found again,
	 * and the items not assessed then.
	 */
	public static Audit previous(Audit now) {
		List<ItemResult> before = new ArrayList<>();
		Instant at = Instant.parse("2025-04-16T01:00:00Z");
		// i-333: conforming last year, a minor nonconformity now (worse)
		before.add(new ItemResult("i-333", "", Verdict.CONFORMING, "", "", at, List.of(), List.of()));
		// i-335: a minor nonconformity last year, an observation now (better)
		before.add(new ItemResult("i-335", "", Verdict.MINOR_NONCONFORMITY, "", "", at, List.of(), List.of(
				new Finding("F-102", FindingGrade.MINOR_NONCONFORMITY, "内部規程が改訂されていない。", null, "", "",
						new CorrectiveAction("CA-102", "規程の改訂", "総務部", LocalDate.of(2025, 6, 30),
								CorrectiveActionStatus.CLOSED, "")))));
		// i-34225: the same major nonconformity at 大阪支店 again
		before.add(new ItemResult("i-34225", "大阪支店", Verdict.MAJOR_NONCONFORMITY, "", "", at, List.of(), List.of(
				new Finding("F-101", FindingGrade.MAJOR_NONCONFORMITY, "旧様式の申込書を使用している。", null, "", "",
						new CorrectiveAction("CA-101", "旧様式の回収", "大阪支店長 田中", LocalDate.of(2025, 6, 30),
								CorrectiveActionStatus.OPEN, "")))));
		// i-34332: conforming last year, an opportunity for improvement now (a change, not worse)
		before.add(new ItemResult("i-34332", "", Verdict.CONFORMING, "", "", at, List.of(), List.of()));
		// i-3752: an observation last year, conforming now (resolved)
		before.add(new ItemResult("i-3752", "", Verdict.OBSERVATION, "", "", at, List.of(), List.of(
				new Finding("F-103", FindingGrade.OBSERVATION, "監査計画の承認日が記録されていない。", null, "", "", null))));
		Audit previous = new Audit("2025-sakura-internal", "2025年度 個人情報保護 内部監査", now.client(), now.scope(),
				now.objective(), now.criteria(), LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 17),
				now.leadAuditor(), now.team(), now.auditees(), AuditStatus.CLOSED, "", now.checklist(), before, "");
		return previous;
	}

	/**
	 * This year's audit following up the previous audit's CA-101 (未回答 when that audit was reported), now
	 * 回答受領.
	 */
	public static Audit withCarriedOver(Audit now) {
		return now.withCarriedOver(List.of(new CarriedAction("2025-sakura-internal", "F-101", "i-34225",
				"旧様式の申込書を使用している。", new CorrectiveAction("CA-101", "旧様式の回収と新様式への切替え", "大阪支店長 田中",
						LocalDate.of(2025, 6, 30), CorrectiveActionStatus.RESPONSE_RECEIVED, "旧様式を回収した。"))));
	}

	private static ChecklistItem item(String id, String number, String ja, String en) {
		return new ChecklistItem(id, number, LocalizedText.of(ja, en), List.of(new RequirementRef(STANDARD, number)),
				List.of(), LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY, null);
	}

	private void result(String itemId, String site, Verdict verdict, String notes, List<Evidence> evidence,
			Finding... findings) {
		results.add(new ItemResult(itemId, site, verdict, notes, "", Instant.parse("2026-04-16T01:00:00Z"), evidence,
				List.of(findings)));
	}

	private static Finding finding(String id, FindingGrade grade, String statement, String clause, String evidence,
			String rootCause, CorrectiveAction action) {
		return new Finding(id, grade, statement, clause == null ? null : new RequirementRef(STANDARD, clause), evidence,
				rootCause, action);
	}

	private static CorrectiveAction ca(String id, String request, String owner, LocalDate due,
			CorrectiveActionStatus status) {
		return new CorrectiveAction(id, request, owner, due, status, "");
	}

	/**
	 * An evidence entry. With an evidence folder, intact=true writes the file as recorded, false writes it and then
	 * alters it, null leaves it out.
	 */
	private Evidence evidence(String path, String caption, EvidenceKind kind, String content, Boolean intact)
			throws IOException {
		byte[] bytes = ("Kansa fixture: " + content).getBytes(StandardCharsets.UTF_8);
		String sha;
		if (evidenceDirectory != null && intact != null) {
			Path file = evidenceDirectory.resolve(path);
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
			sha = EvidenceCheck.sha256(file);
			if (!intact) {
				Files.write(file, "altered".getBytes(StandardCharsets.UTF_8));
			}
		} else {
			sha = "0".repeat(63) + "1";
		}
		return new Evidence(path, sha, bytes.length, kind, caption, path.substring(path.lastIndexOf('/') + 1),
				LocalDate.of(2026, 4, 16));
	}
}
