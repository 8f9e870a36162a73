package kansa.checklist.excel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import kansa.checklist.excel.ColumnField;
import kansa.core.checklist.Checklist;

/**
 * The columns of Kansa's own checklist sheet, in order: Japanese fields a consultant works with first, then the
 * English texts and the ids that make export → import lossless. Headers are the importer's own vocabulary.
 */
public final class ExportLayout {

	public static final String SHEET = "チェックリスト";
	public static final String VERDICT = "判定";
	public static final String NOTES = "備考";

	/** One column: the field it holds, its header, and for extras the extra's key. */
	public record Col(ColumnField field, String header, int width) {
	}

	private ExportLayout() {
	}

	public static List<Col> columns(Checklist c) {
		List<Col> cols = new ArrayList<>(List.of(
				new Col(ColumnField.NUMBER, "No.", 9),
				new Col(ColumnField.TITLE, "項目", 22),
				new Col(ColumnField.REQUIREMENT, "規格項番", 18),
				new Col(ColumnField.QUESTION, "確認項目", 48),
				new Col(ColumnField.HOW_TO_CHECK, "確認方法", 40),
				new Col(ColumnField.EVIDENCE, "証跡（確認する文書・記録）", 30),
				new Col(ColumnField.GUIDANCE, "ガイダンス", 30),
				new Col(ColumnField.RELATED, "関連項目", 12),
				new Col(ColumnField.NOT_APPLICABLE, "適用除外", 14),
				new Col(ColumnField.VERDICT, VERDICT, 8),
				new Col(ColumnField.NOTES, NOTES, 20)));
		TreeSet<String> extras = new TreeSet<>();
		c.items().forEach(i -> extras.addAll(i.extras().keySet()));
		extras.remove(VERDICT);
		extras.remove(NOTES);
		for (String key : extras) {
			cols.add(new Col(ColumnField.EXTRA, key, 16));
		}
		cols.add(new Col(ColumnField.TITLE_EN, "Title (EN)", 22));
		cols.add(new Col(ColumnField.QUESTION_EN, "Question (EN)", 40));
		cols.add(new Col(ColumnField.HOW_TO_CHECK_EN, "How to check (EN)", 34));
		cols.add(new Col(ColumnField.EVIDENCE_EN, "Evidence (EN)", 26));
		cols.add(new Col(ColumnField.GUIDANCE_EN, "Guidance (EN)", 26));
		cols.add(new Col(ColumnField.ID, "ID", 10));
		return cols;
	}

	/** Index of the last Japanese working column (備考): section headings are merged up to here. */
	public static int lastWorkingColumn() {
		return 10;
	}
}
