package kansa.checklist.excel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A column mapping given by the user, e.g. {@code A=number,D=question,確認手段=how,G=ignore}: each key is a
 * column letter or the text of a header; each value a {@link ColumnField#key()}. Columns not named keep the
 * detected meaning.
 *
 * @param byKey field per column letter or header text, in the order given
 */
public record MappingSpec(Map<String, ColumnField> byKey) {

	public MappingSpec {
		byKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
	}

	/** Parses the {@code --mapping} value; the message names the part that is wrong. */
	public static MappingSpec parse(String spec) {
		Map<String, ColumnField> map = new LinkedHashMap<>();
		for (String part : spec.split("[,，]")) {
			if (part.isBlank()) {
				continue;
			}
			int eq = part.lastIndexOf('=');
			if (eq <= 0 || eq == part.length() - 1) {
				throw new IllegalArgumentException("--mapping: 「" + part.strip() + "」は 列=項目 の形ではありません"
						+ " / expected COLUMN=FIELD, e.g. D=question");
			}
			String value = part.substring(eq + 1).strip();
			ColumnField field = ColumnField.byKey(value).orElseThrow(() -> new IllegalArgumentException(
					"--mapping: 「" + value + "」は項目名ではありません / unknown field; use one of " + keys()));
			map.put(part.substring(0, eq).strip(), field);
		}
		if (map.isEmpty()) {
			throw new IllegalArgumentException("--mapping: 空です / empty mapping");
		}
		return new MappingSpec(map);
	}

	public static String keys() {
		StringBuilder b = new StringBuilder();
		for (ColumnField f : ColumnField.values()) {
			b.append(b.isEmpty() ? "" : ", ").append(f.key());
		}
		return b.toString();
	}
}
