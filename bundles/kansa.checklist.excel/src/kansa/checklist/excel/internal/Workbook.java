package kansa.checklist.excel.internal;

import java.util.List;

/**
 * What a reader found: every sheet's name, the sheets read (the one named, or every candidate), and Kansa's
 * チェックリスト情報 sheet if any.
 */
record Workbook(List<String> sheetNames, List<RawSheet> sheets, RawSheet metadata) {

	Workbook {
		sheets = List.copyOf(sheets);
	}
}
