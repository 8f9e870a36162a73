package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportResult;
import kansa.checklist.excel.RowAccount;
import kansa.core.checklist.Checklist;

/** The regression corpus: every workbook imports with no mapping and no sheet, with exact counts. */
class CorpusTest {

	@TempDir
	Path dir;

	static List<Corpus> corpus() {
		return Corpus.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void importsWithoutMappingOrSheet(Corpus w) throws Exception {
		ImportResult r = new ExcelImporter().read(w.write(dir), null);
		Checklist c = r.checklist();
		String shown = r.sheet() + " " + r.mapping().headerRow() + r.mapping().describe() + " " + c.sections().stream()
				.map(s -> s.id() + "[" + s.title().get(null) + "]" + s.items().stream().map(i -> i.id()).toList()).toList()
				+ " " + r.problems();
		assertEquals(w.sheet(), r.sheet(), shown);
		assertEquals(w.items(), c.itemCount(), shown);
		assertEquals(w.sections(), (int) c.sections().stream().mapToLong(s -> s.allSections().count()).sum(), shown);
		assertEquals(w.notApplicable(), (int) c.items().filter(i -> !i.notApplicable().isEmpty()).count(), shown);
		assertEquals(w.skipped(), r.rows().skipped().stream().map(RowAccount.Skipped::row).toList(), shown);
	}

	/** The dry run's accounting covers every non-empty row below the header, once. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void everyRowBelowTheHeaderIsAccountedFor(Corpus w) throws Exception {
		ImportResult r = new ExcelImporter().read(w.write(dir), null);
		long below = nonEmptyRowsBelow(dir.resolve(w.file()), r.sheet(), r.mapping().headerRow());
		assertEquals(below, r.rows().total(), r.rows().toString());
		assertEquals(r.checklist().itemCount(), r.rows().items());
	}

	private static long nonEmptyRowsBelow(Path file, String sheet, int headerRow) throws Exception {
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(file);
				org.apache.poi.ss.usermodel.Workbook wb = file.toString().endsWith(".xls")
						? new org.apache.poi.hssf.usermodel.HSSFWorkbook(in)
						: new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
			long n = 0;
			for (org.apache.poi.ss.usermodel.Row row : wb.getSheet(sheet)) {
				boolean text = false;
				for (org.apache.poi.ss.usermodel.Cell cell : row) {
					text |= !new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell).isBlank();
				}
				if (text && row.getRowNum() > headerRow) {
					n++;
				}
			}
			return n;
		}
	}
}
