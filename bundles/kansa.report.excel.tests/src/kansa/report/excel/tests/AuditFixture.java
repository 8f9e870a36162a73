package kansa.report.excel.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Auditee;
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
 * A realistic PrivacyMark internal audit (Japanese), with its evidence files written into an audit folder and
 * hashed as Kansa does when a file is attached. Eleven items in three sections (one nested), every verdict,
 * an item audited at two sites, an item without a result, four findings and two corrective-action requests.
 */
public final class AuditFixture {

	public static final String STANDARD = "JIS Q 15001:2023";
	public static final String POLICY_PDF = "evidence/個人情報保護方針_第3版.pdf";
	public static final String CONTRACTORS_PDF = "evidence/委託先一覧.pdf";
	public static final String NDA_PDF = "evidence/委託契約書_抜粋.pdf";
	public static final String REGISTER_XLSX = "evidence/個人情報管理台帳_2026.xlsx";
	public static final String ENTRY_LOG_CSV = "evidence/入退室記録 2026-10.csv";
	public static final String SERVER_ROOM_JPG = "evidence/photo/サーバ室入口.jpg";
	public static final String TRAINING_PDF = "evidence/教育受講記録.pdf";
	public static final String WEBSITE_PNG = "evidence/外部向け方針_画面.png";

	private final Path auditDirectory;
	private final Map<String, String> notes = new HashMap<>();
	private String clientName = "株式会社サンプル商事";
	private String scope = "本社（東京都千代田区）及び大阪営業所の全部門";
	private boolean withoutSites;
	private String statementF001 = "委託先3社のうち1社と機密保持契約が締結されておらず、委託先の監督が不十分である。";

	private AuditFixture(Path auditDirectory) {
		this.auditDirectory = auditDirectory;
	}

	/** A fixture whose evidence files go into the given (empty) audit folder. */
	public static AuditFixture in(Path auditDirectory) {
		return new AuditFixture(auditDirectory);
	}

	/** Replaces the notes (所見) of one item's results. */
	public AuditFixture notes(String itemId, String text) {
		notes.put(itemId, text);
		return this;
	}

	public AuditFixture clientName(String name) {
		this.clientName = name;
		return this;
	}

	public AuditFixture scope(String text) {
		this.scope = text;
		return this;
	}

	/** Audits J.4-3 for the whole scope instead of per site (no result then has a site; F-002 is dropped). */
	public AuditFixture withoutSites() {
		this.withoutSites = true;
		return this;
	}

	public AuditFixture statementOfF001(String text) {
		this.statementF001 = text;
		return this;
	}

	public Path auditDirectory() {
		return auditDirectory;
	}

	public Path file(String evidencePath) {
		return auditDirectory.resolve(evidencePath);
	}

	public static Checklist checklist() {
		return new Checklist("pmark-internal-2024", "1.0",
				LocalizedText.of("プライバシーマーク 内部監査チェックリスト", "PrivacyMark internal audit checklist"),
				STANDARD, "構築・運用指針 2024", LocalizedText.ja("JIS Q 15001:2023 附属書A に基づく内部監査用"), "", "",
				List.of(
						new Section("s-j1", "J.1", LocalizedText.of("個人情報保護方針", "Policy"), List.of(
								item("j1-1", "J.1-1", "内部向け個人情報保護方針の策定", "Internal privacy policy",
										"方針文書を閲覧し、トップマネジメントの承認日と署名を確認する。", ref("5.2.1")),
								item("j1-2", "J.1-2", "外部向け個人情報保護方針の公表", "Public privacy policy",
										"自社ウェブサイトを閲覧し、方針と問合せ窓口の掲載を確認する。", ref("5.2.2"),
										new RequirementRef("個人情報保護法", "第32条"))),
								List.of()),
						new Section("s-j3", "J.3", LocalizedText.of("計画", "Planning"), List.of(
								item("j3-2", "J.3-2", "法令、国が定める指針その他の規範の特定", "Legal requirements",
										"法令等一覧の更新履歴を確認する。", ref("6.1.3")),
								item("j3-3", "J.3-3", "リスクアセスメント及びリスク対策", "Risk assessment",
										"リスク分析表と対策の実施状況を照合する。", ref("6.1.2"))),
								List.of(new Section("s-j3-1", "J.3.1", LocalizedText.of("個人情報の特定", "Identification"),
										List.of(
												item("j3-1-1", "J.3.1-1", "個人情報管理台帳の整備", "Register of personal information",
														"台帳を閲覧し、取得経路・利用目的・保管場所の記載を確認する。", ref("6.1.1")),
												item("j3-1-2", "J.3.1-2", "個人情報管理台帳の定期的な見直し", "Review of the register",
														"見直し記録（日付・実施者）を確認する。", ref("6.1.1"))),
										List.of()))),
						new Section("s-j4", "J.4", LocalizedText.of("実施及び運用", "Operation"), List.of(
								item("j4-1", "J.4-1", "委託先の監督", "Supervision of contractors",
										"委託先一覧と契約書を照合し、機密保持条項の有無を確認する。", ref("A.3.4.3.4")),
								item("j4-2", "J.4-2", "従業者の教育", "Training",
										"年間教育計画と受講記録を照合する。", ref("7.2")),
								item("j4-3", "J.4-3", "物理的安全管理措置（入退室管理）", "Physical entry control",
										"入退室記録と鍵の管理簿を確認し、現地でサーバ室を視察する。", ref("A.3.4.3.2")),
								item("j4-4", "J.4-4", "苦情及び相談への対応", "Complaints",
										"苦情受付記録と対応手順を確認する。", ref("A.3.6")),
								item("j4-5", "J.4-5", "緊急事態への準備", "Emergency preparedness",
										"緊急時対応手順と訓練記録を確認する。", ref("A.3.3.7"))),
								List.of())));
	}

	private static RequirementRef ref(String clause) {
		return new RequirementRef(STANDARD, clause);
	}

	private static ChecklistItem item(String id, String number, String ja, String en, String howToCheck,
			RequirementRef... refs) {
		return new ChecklistItem(id, number, LocalizedText.of(ja, en), List.of(refs),
				List.of(LocalizedText.ja("どのように運用していますか。")), LocalizedText.ja(howToCheck), null, null, null);
	}

	/** Writes the evidence files and returns the audit. */
	public Audit build() throws IOException {
		List<ItemResult> results = new ArrayList<>();
		results.add(result("j1-1", "", Verdict.CONFORMING,
				"個人情報保護方針（第3版、2026年4月1日 代表取締役承認）を確認。社内ポータルに掲示されている。", "佐藤 一郎",
				List.of(evidence(POLICY_PDF, EvidenceKind.DOCUMENT, "個人情報保護方針 第3版（署名入り）")), List.of()));
		results.add(result("j1-2", "", Verdict.CONFORMING, "自社ウェブサイトに外部向け方針と問合せ窓口を掲載。", "佐藤 一郎",
				List.of(evidence(WEBSITE_PNG, EvidenceKind.SCREENSHOT, "ウェブサイトの方針掲載ページ")), List.of()));
		results.add(result("j3-2", "", Verdict.OPPORTUNITY_FOR_IMPROVEMENT,
				"法令等一覧の最終更新が2024年4月であり、改正への追随が遅れるおそれがある。", "佐藤 一郎", List.of(),
				List.of(new Finding("F-004", FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT,
						"法令等一覧を半期ごとに見直す手順を定めることが望ましい。", null, "法令等一覧 最終更新 2024-04-01", "",
						null))));
		results.add(result("j3-3", "", Verdict.CONFORMING, "リスク分析表（2026年6月改訂）と対策の実施状況が一致。", "田中 美咲",
				List.of(), List.of()));
		results.add(result("j3-1-1", "", Verdict.CONFORMING, "台帳に取得経路・利用目的・保管場所が記載されている。", "田中 美咲",
				List.of(evidence(REGISTER_XLSX, EvidenceKind.RECORD, "個人情報管理台帳 2026年度版")), List.of()));
		results.add(result("j3-1-2", "", Verdict.OBSERVATION, "年1回の見直し記録はあるが、実施者の記名がない。", "田中 美咲",
				List.of(), List.of(new Finding("F-003", FindingGrade.OBSERVATION,
						"台帳見直し記録に実施者が記録されていない。", ref("6.1.1"), "2026年5月の見直し記録", "", null))));
		results.add(result("j4-1", "", Verdict.MAJOR_NONCONFORMITY,
				"委託先3社のうち1社（株式会社データ入力センター）と機密保持契約が締結されていない。", "鈴木 次郎",
				List.of(evidence(CONTRACTORS_PDF, EvidenceKind.DOCUMENT, "委託先一覧（2026年9月）"),
						evidence(NDA_PDF, EvidenceKind.DOCUMENT, "委託契約書 第12条（機密保持）抜粋")),
				List.of(new Finding("F-001", FindingGrade.MAJOR_NONCONFORMITY, statementF001, ref("A.3.4.3.4"),
						"委託先一覧と契約書の照合結果", "委託開始時の契約確認手順が定められていない。",
						new CorrectiveAction("CA-001", "全委託先との契約を点検し、機密保持契約を締結すること。", "情報システム部 田中",
								LocalDate.of(2026, 12, 15), CorrectiveActionStatus.OPEN, "")))));
		results.add(result("j4-2", "", Verdict.CONFORMING, "全従業者（派遣社員を含む）の受講を確認。", "佐藤 一郎",
				List.of(evidence(TRAINING_PDF, EvidenceKind.RECORD, "2026年度 教育受講記録")), List.of()));
		results.add(result("j4-3", withoutSites ? "" : "本社", Verdict.CONFORMING, "ICカードによる入退室記録を確認。", "総務部 山本",
				List.of(evidence(ENTRY_LOG_CSV, EvidenceKind.RECORD, "サーバ室入退室記録 2026年10月")), List.of()));
		if (!withoutSites) {
			results.add(result("j4-3", "大阪営業所", Verdict.MINOR_NONCONFORMITY, "サーバ室の入退室記録に2026年9月分の欠落がある。",
				"大阪営業所 中村", List.of(evidence(SERVER_ROOM_JPG, EvidenceKind.PHOTO, "サーバ室入口（施錠状態）")),
				List.of(new Finding("F-002", FindingGrade.MINOR_NONCONFORMITY, "入退室記録が一部欠落している。",
						ref("A.3.4.3.2"), "2026年9月の入退室記録簿", "記録の確認者が決められていない。",
						new CorrectiveAction("CA-002", "記録の確認手順を定め、欠落の原因を調査すること。", "大阪営業所長",
								LocalDate.of(2026, 11, 30), CorrectiveActionStatus.RESPONSE_RECEIVED,
								"記録様式を改訂し、月次で総務部が確認する運用とした。")))));
		}
		results.add(result("j4-5", "", Verdict.NOT_APPLICABLE, "本年度は監査範囲外（次回監査で確認）。", "", List.of(),
				List.of()));
		// j4-4 has no result: it must still appear, as 未評価

		return new Audit("2026-internal", "2026年度 個人情報保護マネジメントシステム 内部監査",
				new Client(clientName, List.of("本社", "大阪営業所")), scope,
				"JIS Q 15001:2023 及び社内規程への適合性と運用の有効性の確認",
				List.of(STANDARD, "プライバシーマーク付与適格性審査基準", "個人情報保護規程 第5版"),
				LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 8), "山田 太郎", List.of("鈴木 花子", "高橋 健"),
				List.of(new Auditee("佐藤 一郎", "総務部", "個人情報保護管理者"), new Auditee("田中 美咲", "情報システム部", "課長")),
				AuditStatus.REPORTED, "全体として運用は定着しているが、委託先管理に重大な不適合が1件ある。", checklist(), results,
				"2025-internal");
	}

	private ItemResult result(String itemId, String site, Verdict verdict, String defaultNotes, String interviewee,
			List<Evidence> evidence, List<Finding> findings) {
		return new ItemResult(itemId, site, verdict, notes.getOrDefault(itemId, defaultNotes), interviewee,
				Instant.parse("2026-10-07T02:00:00Z"), evidence, findings);
	}

	/** Writes a file with recognisable content and records it as Kansa does on attach. */
	private Evidence evidence(String path, EvidenceKind kind, String caption) throws IOException {
		Path file = auditDirectory.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "Kansa test evidence\n" + path + "\n" + caption + "\n", StandardCharsets.UTF_8);
		return new Evidence(path, EvidenceCheck.sha256(file), Files.size(file), kind, caption,
				file.getFileName().toString(), LocalDate.of(2026, 10, 7));
	}
}
