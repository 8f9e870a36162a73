package kansa.checklist.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kansa.checklist.excel.internal.CellText;
import kansa.checklist.excel.internal.ExportLayout;
import kansa.checklist.excel.internal.ExportLayout.Col;
import kansa.checklist.excel.internal.ExportStyles;
import kansa.checklist.excel.internal.Metadata;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;

/**
 * Writes a checklist as an .xlsx in the layout {@link ExcelImporter} reads, so export → import gives back the same
 * checklist field by field: sections as merged heading rows grouped with Excel's outline, one question per line,
 * English texts and ids in the columns on the right, the checklist's properties on a second sheet. Cell texts are
 * written as text, never as formulas.
 */
public final class ExcelExporter {

	private static final int TITLE_ROW = 0;
	private static final int HEADER_ROW = 2;

	public void write(Checklist checklist, OutputStream out) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			ExportStyles styles = new ExportStyles(wb);
			List<Col> cols = ExportLayout.columns(checklist);
			Sheet sheet = wb.createSheet(ExportLayout.SHEET);
			sheet.setRowSumsBelow(false);
			title(sheet, checklist, styles);
			Row header = sheet.createRow(HEADER_ROW);
			for (int k = 0; k < cols.size(); k++) {
				styles.text(header, k, cols.get(k).header(), styles.header);
				sheet.setColumnWidth(k, cols.get(k).width() * 256);
			}
			int next = HEADER_ROW + 1;
			for (Section s : checklist.sections()) {
				next = section(sheet, s, 0, next, cols, checklist, styles);
			}
			sheet.createFreezePane(2, HEADER_ROW + 1);
			sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, next - 1), 0, cols.size() - 1));
			layoutForPrint(wb, sheet, cols.size());
			metadata(wb.createSheet(Metadata.SHEET), checklist, styles);
			wb.write(out);
		}
	}

	private static void title(Sheet sheet, Checklist c, ExportStyles styles) {
		Row r = sheet.createRow(TITLE_ROW);
		r.setHeightInPoints(22);
		styles.text(r, 0, c.title().ja() + "（" + c.reference() + "）", styles.title);
		sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, ExportLayout.lastWorkingColumn()));
	}

	/** Writes a section heading and its content; returns the next free row. */
	private static int section(Sheet sheet, Section s, int depth, int rowIndex, List<Col> cols, Checklist c,
			ExportStyles styles) {
		Row r = sheet.createRow(rowIndex);
		for (int k = 0; k < cols.size(); k++) {
			Col col = cols.get(k);
			String v = switch (col.field()) {
				case NUMBER -> s.number();
				case TITLE -> s.title().ja();
				case TITLE_EN -> s.title().en();
				case ID -> s.id();
				default -> "";
			};
			styles.text(r, k, v, depth == 0 ? styles.section : styles.subsection);
		}
		sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 1, ExportLayout.lastWorkingColumn()));
		int next = rowIndex + 1;
		for (ChecklistItem i : s.items()) {
			item(sheet.createRow(next++), i, cols, c, styles);
		}
		for (Section child : s.sections()) {
			next = section(sheet, child, depth + 1, next, cols, c, styles);
		}
		if (next > rowIndex + 1) {
			sheet.groupRow(rowIndex + 1, next - 1); // Excel's outline carries the nesting back to the importer
		}
		return next;
	}

	private static void item(Row r, ChecklistItem i, List<Col> cols, Checklist c, ExportStyles styles) {
		int lines = 1;
		for (int k = 0; k < cols.size(); k++) {
			Col col = cols.get(k);
			String v = switch (col.field()) {
				case NUMBER -> i.number();
				case TITLE -> i.title().ja();
				case REQUIREMENT -> CellText.requirements(i.requirements(), c.standard());
				case QUESTION -> CellText.questionsJa(i.questions());
				case HOW_TO_CHECK -> i.howToCheck().ja();
				case EVIDENCE -> i.expectedEvidence().ja();
				case GUIDANCE -> i.guidance().ja();
				case RELATED -> CellText.related(i.related());
				case NOT_APPLICABLE -> CellText.notApplicable(i.notApplicable());
				case VERDICT -> i.extras().getOrDefault(ExportLayout.VERDICT, "");
				case NOTES -> i.extras().getOrDefault(ExportLayout.NOTES, "");
				case EXTRA -> i.extras().getOrDefault(col.header(), "");
				case TITLE_EN -> i.title().en();
				case QUESTION_EN -> CellText.questionsEn(i.questions());
				case HOW_TO_CHECK_EN -> i.howToCheck().en();
				case EVIDENCE_EN -> i.expectedEvidence().en();
				case GUIDANCE_EN -> i.guidance().en();
				case ID -> i.id();
				default -> "";
			};
			if (v.length() > 32_767) {
				throw new IllegalArgumentException("項目 " + i.id() + " の「" + col.header()
						+ "」が Excel のセルの上限 32,767 文字を超えています / too long for an Excel cell");
			}
			styles.text(r, k, v, col.field() == ColumnField.ID || col.field().name().endsWith("_EN") ? styles.aside
					: styles.body);
			if (k <= ExportLayout.lastWorkingColumn()) {
				lines = Math.max(lines, lines(v, col.width()));
			}
		}
		// neither Excel nor LibreOffice grows rows written by POI: set the height the wrapped text needs
		r.setHeightInPoints(Math.min(409f, lines * 13f + 3f));
	}

	/** Wrapped lines a text needs in a column of the given width (in characters; CJK characters count double). */
	static int lines(String text, int columnWidth) {
		int total = 0;
		for (String line : text.split("\n", -1)) {
			int units = line.codePoints().map(cp -> cp >= 0x1100 ? 2 : 1).sum();
			total += Math.max(1, (units + columnWidth - 3) / Math.max(1, columnWidth - 2));
		}
		return total;
	}

	private static void layoutForPrint(XSSFWorkbook wb, Sheet sheet, int columns) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, columns - 1));
		wb.setPrintArea(0, 0, ExportLayout.lastWorkingColumn(), 0, Math.max(HEADER_ROW, sheet.getLastRowNum()));
	}

	private static void metadata(Sheet sheet, Checklist c, ExportStyles styles) {
		Set<String> standards = new LinkedHashSet<>();
		c.items().forEach(i -> i.requirements().forEach(r -> standards.add(r.standard())));
		List<String[]> rows = List.of(new String[] { "項目 / Field", "値 / Value" },
				new String[] { Metadata.ID, c.id() }, new String[] { Metadata.VERSION, c.version() },
				new String[] { Metadata.TITLE, c.title().ja() }, new String[] { Metadata.TITLE_EN, c.title().en() },
				new String[] { Metadata.STANDARD, c.standard() }, new String[] { Metadata.EDITION, c.edition() },
				new String[] { Metadata.DESCRIPTION, c.description().ja() },
				new String[] { Metadata.DESCRIPTION_EN, c.description().en() },
				new String[] { Metadata.DERIVED_FROM, c.derivedFrom() },
				new String[] { Metadata.CHANGE_NOTE, c.changeNote() },
				new String[] { Metadata.STANDARDS, String.join("\n", standards) });
		for (int k = 0; k < rows.size(); k++) {
			Row r = sheet.createRow(k);
			styles.text(r, 0, rows.get(k)[0], k == 0 ? styles.header : styles.body);
			styles.text(r, 1, rows.get(k)[1], k == 0 ? styles.header : styles.body);
		}
		Row note = sheet.createRow(rows.size() + 1);
		styles.text(note, 0, "このシートは Kansa が取り込み時に読みます。項目名（A 列）は変えないでください。"
				+ " / Kansa reads this sheet on import; keep the labels in column A.", styles.aside);
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 90 * 256);
	}
}
