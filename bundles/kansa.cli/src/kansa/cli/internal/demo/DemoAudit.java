package kansa.cli.internal.demo;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kansa.core.audit.Audit;
import kansa.audit.CarryOver;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CarriedAction;
import kansa.core.audit.Auditee;
import kansa.core.audit.Client;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.Finding;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.RequirementRef;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * The sample audit of `kansa demo`: an ISMS internal audit of a fictional manufacturer, every item judged, with
 * the findings, corrective actions and evidence files a real audit has. Dates are fixed so that the sample's
 * reports look the same on every machine.
 */
public final class DemoAudit {

	public static final String ID = "demo-2026-isms";
	public static final String CHECKLIST_ID = "iso27001-2022";

	private static final LocalDate DAY1 = LocalDate.of(2026, 10, 14);
	private static final LocalDate DAY2 = LocalDate.of(2026, 10, 15);
	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final Workspace workspace;
	private final Checklist checklist;
	private final Map<String, List<Evidence>> evidence = new HashMap<>();
	private int findingCount;

	private DemoAudit(Workspace workspace, Checklist checklist) {
		this.workspace = workspace;
		this.checklist = checklist;
	}

	/**
	 * Creates last year's audit and this year's, with its evidence files, in the workspace and saves both. This
	 * year's audit carries over last year's corrective action still awaiting verification, and verifies it.
	 */
	public static Audit create(Workspace workspace, Checklist checklist) throws WorkspaceException {
		Audit previous = DemoPreviousAudit.create(workspace, checklist);
		List<CarriedAction> carried = CarryOver.openActions(previous).stream()
				.map(c -> c.withAction(verified(c.action()))).toList();
		DemoAudit demo = new DemoAudit(workspace, checklist);
		return demo.build(previous.id(), carried);
	}

	private static CorrectiveAction verified(CorrectiveAction a) {
		return new CorrectiveAction(a.id(), a.request(), a.owner(), a.dueDate(), CorrectiveActionStatus.VERIFIED,
				a.response() + " 2026年度監査で見直し記録（2026年1月・7月）を確認し、有効性を確認した。");
	}

	private Audit build(String previousId, List<CarriedAction> carried) throws WorkspaceException {
		attachEvidence();
		List<ItemResult> results = new ArrayList<>();
		List<ChecklistItem> items = checklist.items().toList();
		for (int i = 0; i < items.size(); i++) {
			results.add(result(items.get(i), i));
		}
		Audit audit = new Audit(ID, "2026年度 ISMS 内部監査", new Client("株式会社みなと精機", List.of("本社（横浜市）", "厚木工場")),
				"本社 管理部門・情報システム部、厚木工場 生産管理課における ISMS（受発注システム及び設計データの管理を含む）",
				"ISMS が ISO/IEC 27001:2022 及び社内規程に適合し、有効に運用されているかを確認し、認証更新審査に向けた改善点を明らかにする。",
				List.of("ISO/IEC 27001:2022（JIS Q 27001:2023）", "情報セキュリティ基本方針（第4版）", "情報セキュリティ管理規程"), DAY1,
				DAY2, "山田 太郎（主任監査員）", List.of("鈴木 花子", "高橋 健"),
				List.of(new Auditee("小林 誠", "管理部", "ISMS 管理責任者"), new Auditee("中村 陽子", "情報システム部", "課長"),
						new Auditee("渡辺 大輔", "厚木工場 生産管理課", "係長"), new Auditee("伊藤 美咲", "人事総務課", "主任")),
				AuditStatus.REPORTED,
				"ISMS は全体として適切に構築・運用されている。特に情報セキュリティ方針の周知、リスクアセスメントの定期的な見直し、"
						+ "入退室管理は良好である。一方、退職者アカウントの削除遅延（重大な不適合）と、公開サーバへのセキュリティ更新の未適用"
						+ "（軽微な不適合）は、外部からの不正アクセスや内部不正に直結しうるため、是正処置の早急な実施を求める。"
						+ "委託先管理とインシデント報告手順についても、改正個人情報保護法の報告義務を踏まえた見直しが望まれる。",
				checklist, results, previousId, carried);
		workspace.saveAudit(audit);
		return audit;
	}

	private void attachEvidence() throws WorkspaceException {
		add("A.5.1", "情報セキュリティ基本方針_第4版.txt", EvidenceKind.DOCUMENT, "社長承認済みの基本方針（2026-04-01 改訂）",
				DemoEvidenceFiles.text("情報セキュリティ基本方針 第4版\n制定 2019年4月1日 / 改訂 2026年4月1日\n承認: 代表取締役社長\n"));
		add("A.5.18", "アクセス権棚卸し結果_2026Q3.csv", EvidenceKind.RECORD, "2026年第3四半期の棚卸し結果（退職者3名のアカウント残存）",
				DemoEvidenceFiles.csv("社員番号,氏名,所属,システム,状態,退職日,最終ログイン", "10231,（退職者A）,営業部,受発注システム,有効,2026-06-30,2026-08-12",
						"10457,（退職者B）,設計課,ファイルサーバ,有効,2026-07-31,2026-07-31", "10502,（退職者C）,厚木工場,VPN,有効,2026-09-15,2026-09-14"));
		add("A.8.8", "パッチ適用状況_公開サーバ_2026-10.csv", EvidenceKind.RECORD, "公開 Web サーバ2台の更新適用状況",
				DemoEvidenceFiles.csv("ホスト,役割,OS,最終更新適用日,未適用の重要更新", "web01,コーポレートサイト,Linux,2026-04-08,7",
						"web02,取引先ポータル,Linux,2026-04-08,7", "mail01,メール中継,Linux,2026-10-01,0"));
		add("A.7.2", "サーバ室入口_施錠状況.png", EvidenceKind.PHOTO, "サーバ室入口（ICカード認証、施錠を確認）", DemoEvidenceFiles.doorPhoto());
		add("A.7.2", "入退室記録_2026年9月.csv", EvidenceKind.RECORD, "サーバ室の入退室記録（9月分）",
				DemoEvidenceFiles.csv("日時,氏名,所属,入/退,目的", "2026-09-03 10:02,中村 陽子,情報システム部,入,定期点検",
						"2026-09-03 10:41,中村 陽子,情報システム部,退,定期点検", "2026-09-18 14:15,保守業者（同行: 中村）,外部,入,UPS交換"));
		add("A.6.3", "教育受講記録_2026年度.csv", EvidenceKind.RECORD, "情報セキュリティ教育の受講状況（派遣社員の受講率 78%）",
				DemoEvidenceFiles.csv("区分,対象者数,受講者数,受講率", "正社員,212,209,98.6%", "派遣社員,41,32,78.0%", "役員,6,6,100%"));
		add("A.8.13", "バックアップ復元テスト報告_2026-06.txt", EvidenceKind.RECORD, "受発注システムの復元テスト結果",
				DemoEvidenceFiles.text("バックアップ復元テスト報告\n実施日: 2026-06-20\n対象: 受発注システム DB\n結果: 復元成功（所要 2時間40分）\n"));
		add("A.5.24", "インシデント対応手順書_v2.txt", EvidenceKind.DOCUMENT, "インシデント対応手順（2021年版のまま）",
				DemoEvidenceFiles.text("インシデント対応手順書 v2（2021-03-01）\n報告先: 情報システム部長\n※ 個人情報保護委員会への報告手順の記載なし\n"));
		add("9.2.2", "内部監査計画書_2026年度.txt", EvidenceKind.DOCUMENT, "2026年度 内部監査計画",
				DemoEvidenceFiles.text("2026年度 内部監査計画\n対象: 全部門\n監査員: 山田、鈴木、高橋\n"));
	}

	private void add(String itemId, String name, EvidenceKind kind, String caption, byte[] content) throws WorkspaceException {
		Evidence e = workspace.addEvidence(ID, name, new ByteArrayInputStream(content), kind, caption, DAY1);
		evidence.computeIfAbsent(itemId, k -> new ArrayList<>()).add(e);
	}

	private ItemResult result(ChecklistItem item, int index) {
		String site = "";
		LocalDateTime at = (index % 2 == 0 ? DAY1 : DAY2).atTime(9 + index % 8, (index * 7) % 60);
		List<Evidence> files = evidence.getOrDefault(item.id(), List.of());
		DemoFindings.Spec spec = DemoFindings.SPECS.get(item.id());
		if (spec == null) {
			return new ItemResult(item.id(), site, Verdict.CONFORMING, conformingNote(item, index), interviewee(index),
					at.atZone(TOKYO).toInstant(), files, List.of());
		}
		List<Finding> findings = new ArrayList<>();
		if (spec.grade() != null) {
			String fid = String.format("F-%03d", ++findingCount);
			CorrectiveAction car = spec.grade().requiresCorrectiveAction()
					? new CorrectiveAction("CAR-" + fid.substring(2), spec.request(), spec.owner(), spec.due(),
							CorrectiveActionStatus.OPEN, "")
					: null;
			findings.add(new Finding(fid, spec.grade(), spec.statement(),
					new RequirementRef("ISO/IEC 27001:2022", item.number()), spec.seen(), spec.cause(), car));
		}
		return new ItemResult(item.id(), spec.site(), spec.verdict(), spec.notes(), spec.interviewee(),
				at.atZone(TOKYO).toInstant(), files, findings);
	}

	/** A short, item-specific note built from what the checklist expects to see. */
	private static String conformingNote(ChecklistItem item, int index) {
		String expected = item.expectedEvidence().ja();
		String first = expected.split("[、,，]")[0].strip();
		if (first.isEmpty()) {
			return "担当者への聞き取りにより、運用されていることを確認した。";
		}
		return switch (index % 3) {
			case 0 -> first + "を閲覧し、規程どおりに運用されていることを確認した。";
			case 1 -> first + "をサンプリングで確認し、問題は見られなかった。";
			default -> "担当者への聞き取りと" + first + "の確認により、有効に運用されていることを確認した。";
		};
	}

	private static String interviewee(int index) {
		return switch (index % 4) {
			case 0 -> "小林 誠（ISMS 管理責任者）";
			case 1 -> "中村 陽子（情報システム部）";
			case 2 -> "渡辺 大輔（厚木工場）";
			default -> "伊藤 美咲（人事総務課）";
		};
	}
}
