package kansa.checklist.excel.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.ImportLimits;

/**
 * Reads an old .xls workbook. The format holds at most 65,536 rows and the file size is capped before it is
 * opened, so the whole-workbook model stays bounded; rows still pass the same limits as .xlsx. Formula cells
 * give their cached value.
 */
final class XlsReader {

	private XlsReader() {
	}

	static Workbook read(Path file, String label, SheetChoice choice, ImportLimits limits) throws ImportException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
				HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
			List<String> names = new ArrayList<>();
			List<RawSheet> sheets = new ArrayList<>();
			RawSheet metadata = null;
			for (int s = 0; s < wb.getNumberOfSheets(); s++) {
				Sheet sheet = wb.getSheetAt(s);
				names.add(sheet.getSheetName());
				if (sheet.getSheetName().equals(choice.metadataSheet())) {
					metadata = read(sheet, label, ImportLimits.DEFAULT.withMaxRows(200));
				} else if (choice.wants(sheet.getSheetName(), s + 1, sheets.size())) {
					sheets.add(read(sheet, label, limits));
				}
			}
			return new Workbook(names, sheets, metadata);
		} catch (ImportException e) {
			throw e;
		} catch (Exception e) {
			throw Failures.translate(label, e);
		}
	}

	private static RawSheet read(Sheet sheet, String label, ImportLimits limits) throws ImportException {
		SheetSink sink = new SheetSink(label, sheet.getSheetName(), limits);
		for (Row row : sheet) {
			sink.startRow(row.getRowNum(), row.getOutlineLevel());
			for (Cell cell : row) {
				boolean formula = cell.getCellType() == CellType.FORMULA;
				CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
				sink.cell(cell.getColumnIndex(), text(cell, type), formula, true);
			}
			sink.endRow();
		}
		for (CellRangeAddress m : sheet.getMergedRegions()) {
			sink.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
		}
		return sink.sheet();
	}

	private static String text(Cell cell, CellType type) {
		return switch (type) {
			case STRING -> cell.getRichStringCellValue().getString();
			case NUMERIC -> Numbers.format(cell.getNumericCellValue());
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}
}
