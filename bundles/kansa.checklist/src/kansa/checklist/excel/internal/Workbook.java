package kansa.checklist.excel.internal;

import java.util.List;

/** What a reader found: every sheet's name, the sheet to import, and Kansa's チェックリスト情報 sheet if any. */
record Workbook(List<String> sheetNames, RawSheet main, RawSheet metadata) {
}
