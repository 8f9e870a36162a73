package kansa.report.excel.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;

import kansa.core.report.ReportException;
import kansa.core.report.ReportGenerator;
import kansa.core.report.ReportRequest;
import kansa.report.excel.internal.ExcelReportGenerator;

/** Generates a workbook in memory and reads it back with POI's own (non-streaming) reader. */
final class Xlsx {

	private Xlsx() {
	}

	static byte[] bytes(ReportGenerator generator, ReportRequest request) throws ReportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		generator.generate(request, out, new NullProgressMonitor());
		return out.toByteArray();
	}

	static XSSFWorkbook generate(ReportRequest request) throws ReportException, IOException {
		return open(bytes(new ExcelReportGenerator(), request));
	}

	static XSSFWorkbook open(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	/** The sheets a person sees, in order (the hidden identity sheet is not one of them). */
	static List<String> sheetNames(XSSFWorkbook wb) {
		return visibleSheets(wb).stream().map(Sheet::getSheetName).toList();
	}

	static List<Sheet> visibleSheets(XSSFWorkbook wb) {
		List<Sheet> sheets = new ArrayList<>();
		wb.forEach(s -> {
			if (wb.getSheetVisibility(wb.getSheetIndex(s)) == SheetVisibility.VISIBLE) {
				sheets.add(s);
			}
		});
		return sheets;
	}

	/** Column index of a header in row 1; fails when the header is not there. */
	static int column(Sheet sheet, String header) {
		Row row = sheet.getRow(0);
		for (Cell c : row) {
			if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
				return c.getColumnIndex();
			}
		}
		throw new AssertionError("no column '" + header + "' on sheet " + sheet.getSheetName());
	}

	static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
		return headers;
	}

	/** Data rows whose cell in the column has exactly this text. */
	static List<Row> rowsWhere(Sheet sheet, int column, String value) {
		List<Row> rows = new ArrayList<>();
		for (Row r : sheet) {
			if (r.getRowNum() > 0 && text(r, column).equals(value)) {
				rows.add(r);
			}
		}
		return rows;
	}

	static Row onlyRowWhere(Sheet sheet, String header, String value) {
		List<Row> rows = rowsWhere(sheet, column(sheet, header), value);
		if (rows.size() != 1) {
			throw new AssertionError(rows.size() + " rows with " + header + " = " + value + " on " + sheet.getSheetName());
		}
		return rows.get(0);
	}

	/** The text of a cell ("" for a missing or blank cell); fails on anything but text. */
	static String text(Row row, int column) {
		Cell c = row.getCell(column);
		if (c == null || c.getCellType() == CellType.BLANK) {
			return "";
		}
		if (c.getCellType() != CellType.STRING) {
			throw new AssertionError("not a text cell: " + c.getAddress() + " " + c.getCellType());
		}
		return c.getStringCellValue();
	}

	static String text(Row row, Sheet sheet, String header) {
		return text(row, column(sheet, header));
	}

	/** The value on a key/value sheet (表紙): column B of the row whose column A is the label. */
	static Cell valueOf(Sheet sheet, String label) {
		for (Row r : sheet) {
			Cell c = r.getCell(0);
			if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
				return r.getCell(1);
			}
		}
		throw new AssertionError("no label " + label + " on " + sheet.getSheetName());
	}
}
