package kansa.cli.internal.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Auditee;
import kansa.core.audit.Client;
import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.Finding;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.RequirementRef;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * Last year's audit of the demo client, so that the sample shows what follow-up looks like: one corrective action
 * still awaiting verification is carried into this year's audit, and verdicts can be compared year over year.
 */
final class DemoPreviousAudit {

	static final String ID = "demo-2025-isms";
	private static final LocalDate DAY = LocalDate.of(2025, 10, 9);

	private DemoPreviousAudit() {
	}

	static Audit create(Workspace workspace, Checklist checklist) throws WorkspaceException {
		List<ItemResult> results = new ArrayList<>();
		for (ChecklistItem item : checklist.items().toList()) {
			results.add(result(item));
		}
		Audit audit = new Audit(ID, "2025年度 ISMS 内部監査", new Client("株式会社みなと精機", List.of("本社（横浜市）", "厚木工場")),
				"本社 管理部門・情報システム部、厚木工場 生産管理課", "ISMS の運用状況を確認する。", List.of("ISO/IEC 27001:2022（JIS Q 27001:2023）"),
				DAY, DAY.plusDays(1), "山田 太郎（主任監査員）", List.of("鈴木 花子"),
				List.of(new Auditee("小林 誠", "管理部", "ISMS 管理責任者")), AuditStatus.REPORTED,
				"2022年版への移行初年度として、附属書Aの新規管理策を含め概ね適切に対応されている。アクセス権の定期見直しと記憶媒体の廃棄手順に不備がある。",
				checklist, results, "");
		workspace.saveAudit(audit);
		return audit;
	}

	private static ItemResult result(ChecklistItem item) {
		var at = DAY.atTime(10, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
		return switch (item.id()) {
			case "A.5.15" -> finding(item, at, "F-001", "アクセス権の定期見直しが規程で定める半年ごとに実施されていない（前回実施 2024年3月）。",
					"アクセス権の見直しを半年ごとに行い、結果を記録すること。", "情報システム部 中村課長", LocalDate.of(2025, 12, 26),
					CorrectiveActionStatus.RESPONSE_RECEIVED, "見直し手順を改訂し、2026年1月に全システムの見直しを実施した（記録添付）。");
			case "A.7.10" -> finding(item, at, "F-002", "廃棄した USB メモリの消去記録が残っていない。", "記憶媒体の消去・廃棄記録の様式を定めること。",
					"管理部 小林", LocalDate.of(2025, 11, 28), CorrectiveActionStatus.CLOSED, "廃棄記録簿を新設し、運用を確認した。");
			case "A.8.25", "A.8.28", "A.8.31" -> new ItemResult(item.id(), "", Verdict.NOT_APPLICABLE, "自社開発なし（適用除外）。", "",
					at, List.of(), List.of());
			default -> new ItemResult(item.id(), "", Verdict.CONFORMING, "前年度監査で運用を確認した。", "", at, List.of(), List.of());
		};
	}

	private static ItemResult finding(ChecklistItem item, java.time.Instant at, String findingId, String statement,
			String request, String owner, LocalDate due, CorrectiveActionStatus status, String response) {
		CorrectiveAction car = new CorrectiveAction("CAR-" + findingId.substring(2), request, owner, due, status, response);
		Finding f = new Finding(findingId, FindingGrade.MINOR_NONCONFORMITY, statement,
				new RequirementRef("ISO/IEC 27001:2022", item.number()), "", "", car);
		return new ItemResult(item.id(), "", Verdict.MINOR_NONCONFORMITY, statement, "", at, List.of(), List.of(f));
	}
}
