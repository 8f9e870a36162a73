package kansa.cli.internal.demo;

import java.time.LocalDate;
import java.util.Map;

import kansa.core.audit.FindingGrade;
import kansa.core.audit.Verdict;

/** The demo audit's non-routine results: findings as a lead auditor would write them, and out-of-scope items. */
final class DemoFindings {

	record Spec(Verdict verdict, String site, String notes, String interviewee, FindingGrade grade, String statement,
			String seen, String cause, String request, String owner, LocalDate due) {

		static Spec finding(Verdict verdict, String site, String notes, String interviewee, String statement, String seen,
				String cause, String request, String owner, LocalDate due) {
			FindingGrade grade = switch (verdict) {
				case MAJOR_NONCONFORMITY -> FindingGrade.MAJOR_NONCONFORMITY;
				case MINOR_NONCONFORMITY -> FindingGrade.MINOR_NONCONFORMITY;
				case OBSERVATION -> FindingGrade.OBSERVATION;
				default -> FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT;
			};
			return new Spec(verdict, site, notes, interviewee, grade, statement, seen, cause, request, owner, due);
		}

		static Spec notApplicable(String notes) {
			return new Spec(Verdict.NOT_APPLICABLE, "", notes, "", null, "", "", "", "", "", null);
		}
	}

	static final Map<String, Spec> SPECS = Map.ofEntries(
			Map.entry("A.5.18", Spec.finding(Verdict.MAJOR_NONCONFORMITY, "本社（横浜市）",
					"2026年第3四半期のアクセス権棚卸しで退職者3名のアカウントが有効のまま残っていた。うち1名は退職後も受発注システムへのログインがあった。",
					"中村 陽子（情報システム部）",
					"退職者のアクセス権が退職日に削除されておらず、最長で95日間有効なまま放置されている。退職後のログインも記録されている。",
					"アクセス権棚卸し結果_2026Q3.csv（退職者3名が「有効」）、受発注システムのログイン履歴（2026-08-12）",
					"人事総務課から情報システム部への退職連絡が口頭で行われ、記録と期限の定めがない。",
					"退職連絡の様式と期限（退職日当日）を定め、アカウント削除の実施記録を残すこと。退職後ログインの影響調査を行うこと。",
					"情報システム部 中村課長", LocalDate.of(2026, 11, 30))),
			Map.entry("A.8.8", Spec.finding(Verdict.MINOR_NONCONFORMITY, "本社（横浜市）",
					"公開 Web サーバ2台で2026年4月以降セキュリティ更新が適用されていない（重要更新7件が未適用）。",
					"中村 陽子（情報システム部）",
					"インターネットに公開しているサーバの技術的脆弱性が、規程に定める30日以内に対処されていない。",
					"パッチ適用状況_公開サーバ_2026-10.csv（web01/web02 の最終適用日 2026-04-08）",
					"担当者の異動後、更新作業の引継ぎがされず、適用状況を確認する仕組みがなかった。",
					"未適用の更新を適用し、月次で適用状況を確認・記録する手順を定めること。", "情報システム部 中村課長",
					LocalDate.of(2026, 12, 15))),
			Map.entry("A.5.24", Spec.finding(Verdict.MINOR_NONCONFORMITY, "",
					"インシデント対応手順書が2021年版のままで、漏えい等の報告義務（速報・確報）に対応していない。", "小林 誠（ISMS 管理責任者）",
					"個人データの漏えい等が発生した場合の個人情報保護委員会への報告及び本人通知の手順が定められていない。",
					"インシデント対応手順書_v2.txt（報告先は社内のみ）", "法改正時に手順書の見直し対象として識別されていなかった。",
					"報告義務の要否判断、速報（3〜5日）・確報（30日）の期限と担当を手順書に定め、訓練を行うこと。",
					"管理部 小林 ISMS 管理責任者", LocalDate.of(2027, 1, 31))),
			Map.entry("A.5.22", Spec.finding(Verdict.OBSERVATION, "厚木工場",
					"配送委託先2社の年次評価が2025年度から実施されていない。契約に安全管理措置の条項はある。", "渡辺 大輔（厚木工場）",
					"個人データを取り扱う委託先の定期評価が計画どおり実施されていない。現時点で問題の発生は確認されていない。",
					"委託先一覧（評価日欄が空欄の2社）", "評価担当者の不在期間があった。", "", "", null)),
			Map.entry("A.6.3", Spec.finding(Verdict.OBSERVATION, "",
					"正社員の受講率は98.6%だが、派遣社員は78.0%にとどまる。", "伊藤 美咲（人事総務課）",
					"派遣社員に対する情報セキュリティ教育の受講管理が十分でない。", "教育受講記録_2026年度.csv", "", "", "", null)),
			Map.entry("A.7.7", Spec.finding(Verdict.OPPORTUNITY_FOR_IMPROVEMENT, "厚木工場",
					"生産管理課の共用机に図面の印刷物が放置されていた（終業後の巡回時）。", "渡辺 大輔（厚木工場）",
					"クリアデスクの確認を終業時チェックリストに加えると、設計情報の管理がより確実になる。", "現場巡回時の観察", "", "", "", null)),
			Map.entry("A.8.13", Spec.finding(Verdict.OPPORTUNITY_FOR_IMPROVEMENT, "",
					"復元テストは年1回、受発注システムのみ。設計データのファイルサーバは未実施。", "中村 陽子（情報システム部）",
					"設計データを含むファイルサーバにも復元テストを広げると、ランサムウェア被害時の復旧見込みが確かになる。",
					"バックアップ復元テスト報告_2026-06.txt", "", "", "", null)),
			Map.entry("9.2.2", Spec.finding(Verdict.OBSERVATION, "",
					"監査員が自部門（情報システム部）を監査する割当てが1件あった。", "小林 誠（ISMS 管理責任者）",
					"内部監査の客観性を確保するための監査員の割当て基準が明文化されていない。", "内部監査計画書_2026年度.txt", "", "", "", null)),
			Map.entry("A.8.25", Spec.notApplicable("自社でのソフトウェア開発は行っていない（適用宣言書で除外、理由の記載あり）。")),
			Map.entry("A.8.28", Spec.notApplicable("自社でのソフトウェア開発は行っていない（適用宣言書で除外）。")),
			Map.entry("A.8.31", Spec.notApplicable("開発環境を保有していない（適用宣言書で除外）。")));

	private DemoFindings() {
	}
}
