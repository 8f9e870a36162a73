package kansa.bench.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Auditee;
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
 * An audit of any size for `kansa bench report`: sections of 50 items, Japanese notes of realistic length, a
 * finding on every 20th item (every third of them a nonconformity with a corrective action) and an evidence
 * entry on every 10th. Nothing is written to disk.
 */
final class SyntheticAudit {

	private static final String STANDARD = "ISO/IEC 27001:2022";
	private static final int SECTION_SIZE = 50;
	private static final Instant AT = Instant.parse("2026-10-14T01:00:00Z");

	private SyntheticAudit() {
	}

	static Audit of(int itemCount) {
		return of(itemCount, 0);
	}

	/**
	 * @param evidencePerItem evidence entries on every item; 0 for the default of one on every 10th item
	 */
	static Audit of(int itemCount, int evidencePerItem) {
		List<Section> sections = new ArrayList<>();
		List<ItemResult> results = new ArrayList<>();
		int findings = 0;
		for (int s = 0; s * SECTION_SIZE < itemCount; s++) {
			List<ChecklistItem> items = new ArrayList<>();
			for (int i = 1; i <= SECTION_SIZE && s * SECTION_SIZE + i <= itemCount; i++) {
				int n = s * SECTION_SIZE + i;
				String number = "B." + (s + 1) + "." + i;
				items.add(new ChecklistItem("item-" + n, number,
						LocalizedText.of("確認項目 " + n + "：アクセス権の定期的な見直しと記録の保管", "Item " + n),
						List.of(new RequirementRef(STANDARD, number)), List.of(), LocalizedText.EMPTY,
						LocalizedText.EMPTY, LocalizedText.EMPTY, null));
				List<Finding> raised = new ArrayList<>();
				Verdict verdict = Verdict.CONFORMING;
				if (n % 20 == 0) {
					findings++;
					boolean nonconformity = findings % 3 == 0;
					verdict = nonconformity ? Verdict.MINOR_NONCONFORMITY : Verdict.OBSERVATION;
					String id = String.format("F-%05d", findings);
					CorrectiveAction car = nonconformity
							? new CorrectiveAction("CA-" + id.substring(2), "手順の見直しと関係者への周知、記録による有効性の確認",
									"情報システム部", LocalDate.of(2026, 12, 25), CorrectiveActionStatus.OPEN, "")
							: null;
					raised.add(new Finding(id, nonconformity ? FindingGrade.MINOR_NONCONFORMITY : FindingGrade.OBSERVATION,
							"確認項目 " + n + " について、四半期ごとに行うべきアクセス権の見直しが2回実施されておらず、見直しの記録も残されていない。",
							new RequirementRef(STANDARD, number), "アクセス権棚卸し記録（2026年度）を閲覧し、担当者に聞き取りを行った。",
							nonconformity ? "見直しの担当者と時期が手順書に定められていない。" : "", car));
				}
				List<Evidence> evidence = new ArrayList<>();
				int files = evidencePerItem > 0 ? evidencePerItem : n % 10 == 0 ? 1 : 0;
				for (int e = 1; e <= files; e++) {
					String name = "記録_" + n + (files > 1 ? "_" + e : "") + ".pdf";
					evidence.add(new Evidence("evidence/" + name, String.format("%064x", n * 100L + e), 10_000 + n,
							EvidenceKind.RECORD, "アクセス権棚卸し記録 " + n, name, LocalDate.of(2026, 10, 14)));
				}
				results.add(new ItemResult("item-" + n, "", verdict,
						"アクセス権一覧と人事異動記録を突き合わせ、異動者 " + (n % 7) + " 名の権限変更が期日内に行われていることを確認した。"
								+ "承認記録も保管されている。",
						"情報システム部 課長", AT, evidence, raised));
			}
			sections.add(new Section("s" + (s + 1), "B." + (s + 1),
					LocalizedText.of("管理策群 " + (s + 1), "Control group " + (s + 1)), items, List.of()));
		}
		Checklist checklist = new Checklist("bench-" + itemCount, "1.0",
				LocalizedText.of("ベンチマーク用チェックリスト（" + itemCount + " 項目）", "Benchmark checklist"), STANDARD,
				"JIS Q 27001:2023", LocalizedText.EMPTY, "", "", sections);
		return new Audit("bench-" + itemCount, "ベンチマーク監査 " + itemCount + " 項目",
				new Client("株式会社ベンチマーク商事", List.of()), "全部門", "処理時間の計測", List.of(STANDARD),
				LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 15), "山田 太郎", List.of("鈴木 花子"),
				List.of(new Auditee("小林 誠", "管理部", "ISMS 管理責任者")), AuditStatus.REPORTED,
				"全体として適切に運用されている。", checklist, results, "");
	}
}
