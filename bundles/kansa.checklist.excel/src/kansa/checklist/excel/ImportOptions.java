package kansa.checklist.excel;

import kansa.core.text.LocalizedText;

/**
 * How to import a sheet. Every field is optional (null): the importer detects or derives what is missing.
 *
 * @param sheet       sheet name, or its 1-based position; default the sheet whose header scores best (the
 *                    others are offered in {@link ImportResult#alternatives()})
 * @param mapping     columns named by the user; merged over the detected mapping
 * @param headerRow   1-based row of the header as Excel shows it; 0 for a sheet without header
 * @param checklistId id of the new checklist; default from the sheet's チェックリスト情報 or the file name
 * @param title       title; default likewise
 * @param version     version; default 1.0
 * @param standard    standard for requirement numbers that do not name one, e.g. {@code JIS Q 15001:2017}
 * @param limits      bounds on what is read
 */
public record ImportOptions(String sheet, MappingSpec mapping, Integer headerRow, String checklistId,
		LocalizedText title, String version, String standard, ImportLimits limits) {

	public ImportOptions {
		limits = limits == null ? ImportLimits.DEFAULT : limits;
	}

	public static ImportOptions defaults() {
		return new ImportOptions(null, null, null, null, null, null, null, null);
	}

	public ImportOptions withSheet(String s) {
		return new ImportOptions(s, mapping, headerRow, checklistId, title, version, standard, limits);
	}

	public ImportOptions withMapping(MappingSpec m) {
		return new ImportOptions(sheet, m, headerRow, checklistId, title, version, standard, limits);
	}

	public ImportOptions withHeaderRow(Integer row) {
		return new ImportOptions(sheet, mapping, row, checklistId, title, version, standard, limits);
	}

	public ImportOptions withChecklist(String id, LocalizedText t, String v) {
		return new ImportOptions(sheet, mapping, headerRow, id, t, v, standard, limits);
	}

	public ImportOptions withStandard(String s) {
		return new ImportOptions(sheet, mapping, headerRow, checklistId, title, version, s, limits);
	}

	public ImportOptions withLimits(ImportLimits l) {
		return new ImportOptions(sheet, mapping, headerRow, checklistId, title, version, standard, l);
	}
}
