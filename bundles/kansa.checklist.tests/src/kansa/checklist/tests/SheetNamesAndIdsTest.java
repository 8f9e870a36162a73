package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.checklist.edit.Edits;
import kansa.checklist.edit.FreshIds;
import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportException;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

/** What the import wizard and the editor's add commands ask of the headless side: sheet names and fresh ids. */
class SheetNamesAndIdsTest {

	@TempDir
	Path dir;

	@Test
	void sheetNamesListEverySheetButKansasMetadataInOrder() throws Exception {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheets.row(wb.createSheet("表紙"), 0, "委託先チェック");
		Sheets.row(wb.createSheet("委託先"), 0, "No.", "チェック内容");
		Sheets.row(wb.createSheet(ExcelImporter.METADATA_SHEET), 0, "id", "x");
		Path file = Sheets.save(wb, dir.resolve("book.xlsx"));
		assertEquals(List.of("表紙", "委託先"), new ExcelImporter().sheetNames(file, null));
		assertEquals(List.of("内部監査"), new ExcelImporter().sheetNames(Sheets.twoHeaderRows(dir), null));
	}

	@Test
	void sheetNamesOfANonWorkbookNameTheFile() throws Exception {
		Path text = Files.writeString(dir.resolve("memo.xlsx"), "これは Excel ではありません");
		ImportException e = assertThrows(ImportException.class, () -> new ExcelImporter().sheetNames(text, null));
		assertTrue(e.getMessage().contains("memo.xlsx"), e.getMessage());
	}

	@Test
	void freshIdsAreUnusedBySectionsAndItems() throws Exception {
		Checklist c = Fixtures.itaku();
		assertEquals("item-1", FreshIds.unused(c, "item"));
		Checklist more = Edits.addItem("s1", -1, Fixtures.item("item-1", "追加")).apply(c);
		more = Edits.addSection(null, -1, new Section("item-2", "3", LocalizedText.ja("追加"), List.of(), List.of()))
				.apply(more);
		assertEquals("item-3", FreshIds.unused(more, "item"));
		assertEquals("s-1", FreshIds.unused(more, "s"));
	}
}
