package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.checklist.excel.ColumnField;
import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportOptions;
import kansa.checklist.excel.ImportResult;
import kansa.checklist.excel.MappingSpec;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.NotApplicable;
import kansa.core.text.LocalizedText;

/** Column meanings checked against the cells, and the user's mapping honoured whole. */
class ImportMeaningTest {

	@TempDir
	Path dir;

	private final ExcelImporter importer = new ExcelImporter();

	@Test
	void everyIgnoredColumnOfTheMappingIsIgnored() throws Exception {
		ImportResult r = importer.read(Sheets.mergedSections(dir),
				ImportOptions.defaults().withMapping(MappingSpec.parse("F=ignore,G=ignore,H=ignore")));
		assertEquals(ColumnField.IGNORE, r.mapping().columns().get(5).field());
		assertEquals(ColumnField.IGNORE, r.mapping().columns().get(6).field());
		assertEquals(ColumnField.IGNORE, r.mapping().columns().get(7).field());
		assertEquals(Map.of(), r.checklist().item("1-2").orElseThrow().extras(), "no ignored column became an extra");
	}

	@Test
	void aYesNoApplicableColumnExcludesOnlyTheNoRowsWithTheirReason() throws Exception {
		ImportResult r = importer.read(Corpus.all().stream().filter(c -> c.file().equals("soa-en.xlsx")).findFirst()
				.orElseThrow().write(dir), null);
		assertEquals(List.of(), r.checklist().item("A.5.1").orElseThrow().notApplicable(), "「Yes」 is not a reason");
		assertEquals(List.of(new NotApplicable("", "Two-person company")),
				r.checklist().item("A.5.3").orElseThrow().notApplicable());
		assertEquals(List.of("A.5", "A.7"), r.checklist().sections().stream().map(s -> s.number()).toList(),
				"the numbers' prefixes are the sections");
		ChecklistItem i = r.checklist().item("A.7.2").orElseThrow();
		assertEquals(LocalizedText.of("", "Physical entry"), i.questions().get(0), "English text in the English slot");
	}

	@Test
	void aRequirementHeaderOverProseIsNotAClauseColumn() throws Exception {
		ImportResult r = importer.read(Corpus.all().stream().filter(c -> c.file().equals("eight-sheets.xlsx"))
				.findFirst().orElseThrow().write(dir), null);
		assertEquals("Controls", r.sheet());
		assertEquals("A=number,B=title,C=question,D=evidence,E=verdict", r.mapping().asOption());
		assertTrue(r.problems().stream().anyMatch(p -> p.where().equals("Controls") && p.message().contains("8 枚")),
				r.problems().toString());
		assertEquals(List.of("GV", "DM"), r.checklist().sections().stream().map(s -> s.number()).toList());
		ChecklistItem i = r.checklist().item("GV-01").orElseThrow();
		assertEquals(List.of(), i.requirements(), "prose is not a clause number");
		assertEquals("A privacy programme is approved by management.", i.questions().get(0).en());
	}

	@Test
	void aSheetWithAHeaderIsChosenOverACoverAndTheOthersAreOffered() throws Exception {
		Path file = dir.resolve("two.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			Sheets.row(wb.createSheet("表紙"), 0, "点検表");
			org.apache.poi.ss.usermodel.Sheet a = wb.createSheet("本社");
			Sheets.row(a, 0, "No.", "確認項目", "確認方法");
			Sheets.row(a, 1, "1", "施錠していますか。", "目視");
			Sheets.row(a, 2, "2", "記録がありますか。", "閲覧");
			org.apache.poi.ss.usermodel.Sheet b = wb.createSheet("支店");
			Sheets.row(b, 0, "No.", "確認項目", "確認方法");
			Sheets.row(b, 1, "1", "施錠していますか。", "目視");
			Sheets.save(wb, file);
		}
		ImportResult r = importer.read(file, null);
		assertEquals("本社", r.sheet(), "more rows of data win a tie of headers");
		assertEquals(List.of("支店"), r.alternatives().stream().map(x -> x.sheet()).toList());
		assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("--sheet")), r.problems().toString());
		assertEquals("支店", importer.read(file, ImportOptions.defaults().withSheet("支店")).sheet());
	}
}
