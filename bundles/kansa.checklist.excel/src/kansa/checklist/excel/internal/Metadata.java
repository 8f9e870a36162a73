package kansa.checklist.excel.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kansa's チェックリスト情報 sheet: the checklist's own properties as label/value rows, written on export and read
 * back on import so that nothing but the sheet itself is needed.
 */
public final class Metadata {

	public static final String SHEET = "チェックリスト情報";
	public static final String ID = "ID";
	public static final String VERSION = "版 / Version";
	public static final String TITLE = "タイトル";
	public static final String TITLE_EN = "Title (EN)";
	public static final String STANDARD = "規格 / Standard";
	public static final String EDITION = "規格の版 / Edition";
	public static final String DESCRIPTION = "説明";
	public static final String DESCRIPTION_EN = "Description (EN)";
	public static final String DERIVED_FROM = "派生元 / Derived from";
	public static final String CHANGE_NOTE = "変更内容 / Change note";
	/** Every standard named in the requirement column, so "JIS Q 15001:2017 A.3.1" splits at the right place. */
	public static final String STANDARDS = "規格の一覧 / Standards";

	public static final List<String> KEYS = List.of(ID, VERSION, TITLE, TITLE_EN, STANDARD, EDITION, DESCRIPTION,
			DESCRIPTION_EN, DERIVED_FROM, CHANGE_NOTE, STANDARDS);

	private final Map<String, String> values;

	private Metadata(Map<String, String> values) {
		this.values = values;
	}

	static Metadata read(RawSheet sheet) {
		Map<String, String> v = new LinkedHashMap<>();
		if (sheet != null) {
			for (RawSheet.Row r : sheet.rows()) {
				String key = r.cell(0).strip();
				if (KEYS.contains(key)) {
					v.put(key, r.cell(1));
				}
			}
		}
		return new Metadata(v);
	}

	public String get(String key) {
		return values.getOrDefault(key, "").strip();
	}

	/** The raw text, keeping line breaks (for multi-line values). */
	public String raw(String key) {
		return values.getOrDefault(key, "");
	}

	public boolean present() {
		return !values.isEmpty();
	}

	List<String> standards() {
		return raw(STANDARDS).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
