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
 * Reads an old .xls workbook. POI builds the whole workbook in memory, and a few bytes of the file can stand for
 * hundreds of cells (a MULBLANK record spends 2 bytes a cell), so the file's records are counted first
 * ({@link XlsCensus}) and a workbook that would build too large a model is refused before POI reads it; rows then
 * pass the same limits as .xlsx. Formula cells give their cached value.
 */
final class XlsReader {

	private XlsReader() {
	}

	static Workbook read(Path file, String label, SheetChoice choice, ImportLimits limits) throws ImportException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			XlsCensus.check(fs.getRoot(), label, limits);
			return read(fs, label, choice, limits);
		} catch (ImportException e) {
			throw e;
		} catch (Exception e) {
			throw Failures.translate(label, e);
		}
	}

	private static Workbook read(POIFSFileSystem fs, String label, SheetChoice choice, ImportLimits limits)
			throws Exception {
		try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
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
