package kansa.checklist.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kansa.checklist.ChecklistValidator;
import kansa.checklist.Problem;
import kansa.checklist.excel.internal.SheetImport;
import kansa.core.checklist.Checklist;

/**
 * Reads a checklist from an .xlsx or .xls workbook, as consultants bring them: finds the header, proposes a
 * column mapping (or applies the user's), follows merged section headings, and keeps unknown columns as extra
 * fields. The file is only read; bad input gives an {@link ImportException} naming sheet, row and column.
 * Formulas are never evaluated: their cached values are read and reported.
 */
public final class ExcelImporter {

	/** Name of the sheet holding the checklist's own properties in Kansa's export. */
	public static final String METADATA_SHEET = "チェックリスト情報";

	public ImportResult read(Path file, ImportOptions options) throws ImportException {
		ImportOptions o = options == null ? ImportOptions.defaults() : options;
		SheetImport imported = SheetImport.read(file, o);
		List<Problem> problems = new ArrayList<>(imported.problems());
		Checklist c = imported.checklist();
		problems.addAll(new ChecklistValidator().validate(c));
		return new ImportResult(c, imported.sheet(), imported.mapping(), problems, imported.alternatives(),
				imported.rows());
	}

	/**
	 * The workbook's sheet names in order, so a user can choose one before importing; Kansa's own
	 * {@value #METADATA_SHEET} sheet is left out. The file passes the same guards as {@link #read}.
	 */
	public List<String> sheetNames(Path file, ImportLimits limits) throws ImportException {
		return SheetImport.sheetNames(file, limits == null ? ImportLimits.DEFAULT : limits).stream()
				.filter(n -> !n.equals(METADATA_SHEET)).toList();
	}
}
