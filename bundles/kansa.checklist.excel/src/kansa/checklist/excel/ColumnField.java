package kansa.checklist.excel;

import java.util.Arrays;
import java.util.Optional;

/** What a column of a checklist sheet holds. {@link #key()} is the name used in {@code --mapping}. */
public enum ColumnField {
	NUMBER("number", "No./項番"),
	TITLE("title", "項目"),
	REQUIREMENT("requirement", "規格項番"),
	QUESTION("question", "確認項目"),
	HOW_TO_CHECK("how", "確認方法"),
	EVIDENCE("evidence", "証跡（確認する文書・記録）"),
	GUIDANCE("guidance", "ガイダンス"),
	RELATED("related", "関連項目"),
	/** The reason an item is excluded, or a yes/no 適用除外 mark; with {@link #APPLICABLE}, the reason only. */
	NOT_APPLICABLE("na", "適用除外"),
	/** A yes/no 「applicable?」 column: a no word (いいえ, ×, No, Não, Nein) marks the item not applicable. */
	APPLICABLE("applicable", "適用"),
	/** Kept as an extra field named by the header: audit results are not part of a checklist. */
	VERDICT("verdict", "判定"),
	/** Kept as an extra field named by the header. */
	NOTES("notes", "備考"),
	/** A column grouping rows into sections (区分). */
	SECTION("section", "区分"),
	TITLE_EN("title-en", "Title (EN)"),
	QUESTION_EN("question-en", "Question (EN)"),
	HOW_TO_CHECK_EN("how-en", "How to check (EN)"),
	EVIDENCE_EN("evidence-en", "Evidence (EN)"),
	GUIDANCE_EN("guidance-en", "Guidance (EN)"),
	ID("id", "ID"),
	/** Any other column: kept as an extra field named by its header, never dropped. */
	EXTRA("extra", "追加項目"),
	IGNORE("ignore", "読み込まない");

	private final String key;
	private final String label;

	ColumnField(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String key() {
		return key;
	}

	/** Header Kansa writes for this field on export. */
	public String label() {
		return label;
	}

	/** Columns whose values become extras named by their header. */
	public boolean isExtra() {
		return this == EXTRA || this == VERDICT || this == NOTES;
	}

	public static Optional<ColumnField> byKey(String key) {
		String k = key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT);
		return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
	}
}
