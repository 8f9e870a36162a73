package kansa.report.excel.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * A cell's text as the person sees it in Excel. A formula gives its cached value: nothing is evaluated, since a
 * sheet from outside must not run anything.
 */
final class CellValues {

	private final DataFormatter formatter = new DataFormatter();

	String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		boolean formula = cell.getCellType() == CellType.FORMULA;
		CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> formula
					? formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
							cell.getCellStyle().getDataFormatString())
					: formatter.formatCellValue(cell);
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			default -> "";
		};
	}
}
