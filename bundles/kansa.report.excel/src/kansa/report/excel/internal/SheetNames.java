package kansa.report.excel.internal;

/** Sheet names (at most 31 characters, none of : \ / ? * [ ]), in the order the sheets appear. */
final class SheetNames {

	private SheetNames() {
	}

	static String cover(Texts t) {
		return t.t("表紙", "Cover");
	}

	static String summary(Texts t) {
		return t.t("集計", "Summary");
	}

	static String checklist(Texts t) {
		return t.t("チェックリスト結果", "Checklist results");
	}

	static String findings(Texts t) {
		return t.t("指摘事項一覧", "Findings");
	}

	static String correctiveActions(Texts t) {
		return t.t("是正処置要求", "Corrective actions");
	}

	static String evidence(Texts t) {
		return t.t("証跡ファイル一覧", "Evidence files");
	}
}
