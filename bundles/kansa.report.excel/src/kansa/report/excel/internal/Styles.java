package kansa.report.excel.internal;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import kansa.core.audit.EvidenceStatus;
import kansa.core.audit.FindingGrade;

/**
 * The workbook's cell styles, created once each (Excel allows about 64,000 per file, and a style per cell would
 * bloat large audits). Every style has a quote-prefixed twin for text that could be read as a formula.
 */
final class Styles {

	enum Style {
		TITLE, LABEL_PLAIN, HEADER, TEXT, CENTER, SECTION, SUBSECTION, LABEL, DATE, DATE_LEFT, INTEGER, LINK, HASH,
		TOTAL_LABEL, TOTAL_INTEGER, DRAFT
	}

	/**
	 * The classic Japanese Excel font, present wherever Office is; compact line spacing suits long checklists
	 * (游ゴシック needs a third more height per line). LibreOffice substitutes a metric-compatible font.
	 */
	static final String FONT = "ＭＳ Ｐゴシック";

	private final Workbook workbook;
	private final Texts texts;
	private final Map<Style, CellStyle> plain = new EnumMap<>(Style.class);
	private final Map<FindingGrade, CellStyle> grades = new EnumMap<>(FindingGrade.class);
	private final Map<EvidenceStatus, CellStyle> evidence = new EnumMap<>(EvidenceStatus.class);
	private Font bold;

	Styles(Workbook workbook, Texts texts) {
		this.workbook = workbook;
		this.texts = texts;
		Font base = workbook.getFontAt(0);
		base.setFontName(FONT);
		base.setFontHeightInPoints((short) 10);
	}

	CellStyle get(Style s) {
		return plain.computeIfAbsent(s, this::create);
	}

	/** The same style with quotePrefix set: the cell's text is never taken for a formula. */
	CellStyle grade(FindingGrade g) {
		return grades.computeIfAbsent(g, k -> filled(Style.CENTER, Palette.grade(k)));
	}

	CellStyle evidence(EvidenceStatus s) {
		return evidence.computeIfAbsent(s, k -> {
			CellStyle style = filled(Style.CENTER, Palette.evidence(k));
			if (k == EvidenceStatus.CHANGED || k == EvidenceStatus.MISSING) {
				style.setFont(bold());
			}
			return style;
		});
	}

	/** Fill for a header cell of a verdict column in the summary, matching the checklist's verdict colours. */
	CellStyle headerFilled(int rgb) {
		return rgb < 0 ? get(Style.HEADER) : filled(Style.HEADER, rgb);
	}

	private CellStyle filled(Style base, int rgb) {
		XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
		style.cloneStyleFrom(get(base));
		style.setFillForegroundColor(Palette.color(rgb));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private CellStyle create(Style s) {
		XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		switch (s) {
			case TITLE -> {
				Font f = workbook.createFont();
				f.setFontName(FONT);
				f.setFontHeightInPoints((short) 16);
				f.setBold(true);
				style.setFont(f);
				style.setVerticalAlignment(VerticalAlignment.CENTER);
			}
			case HEADER -> {
				bordered(style);
				style.setFont(bold());
				style.setWrapText(true);
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setVerticalAlignment(VerticalAlignment.CENTER);
				fill(style, Palette.HEADER);
			}
			case TEXT -> {
				bordered(style);
				style.setWrapText(true);
			}
			case CENTER -> {
				bordered(style);
				style.setWrapText(true);
				style.setAlignment(HorizontalAlignment.CENTER);
			}
			case SECTION, SUBSECTION -> {
				// no wrap, so that the heading runs on over the empty cells to its right
				style.setFont(bold());
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				fill(style, s == Style.SECTION ? Palette.SECTION : Palette.SUBSECTION);
			}
			case LABEL -> {
				bordered(style);
				style.setFont(bold());
				style.setWrapText(true);
				fill(style, Palette.LABEL);
			}
			case LABEL_PLAIN -> style.setFont(bold());
			case DATE, DATE_LEFT -> {
				bordered(style);
				style.setAlignment(s == Style.DATE ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
				style.setDataFormat(workbook.createDataFormat().getFormat(texts.dateFormat()));
			}
			case INTEGER -> {
				bordered(style);
				style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			}
			case LINK -> {
				bordered(style);
				style.setWrapText(true);
				Font f = workbook.createFont();
				f.setFontName(FONT);
				f.setFontHeightInPoints((short) 10);
				f.setUnderline(FontUnderline.SINGLE.getByteValue());
				((XSSFFont) f).setColor(Palette.color(Palette.LINK_TEXT));
				style.setFont(f);
			}
			case HASH -> {
				bordered(style);
				style.setWrapText(true);
				Font f = workbook.createFont();
				f.setFontName("Consolas");
				f.setFontHeightInPoints((short) 8);
				style.setFont(f);
			}
			case DRAFT -> {
				Font f = workbook.createFont();
				f.setFontName(FONT);
				f.setFontHeightInPoints((short) 12);
				f.setBold(true);
				((XSSFFont) f).setColor(Palette.color(Palette.DRAFT));
				style.setFont(f);
				style.setVerticalAlignment(VerticalAlignment.CENTER);
			}
			case TOTAL_LABEL, TOTAL_INTEGER -> {
				bordered(style);
				style.setBorderTop(BorderStyle.DOUBLE);
				style.setFont(bold());
				fill(style, Palette.LABEL);
				if (s == Style.TOTAL_INTEGER) {
					style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
				}
			}
		}
		return style;
	}

	private Font bold() {
		if (bold == null) {
			bold = workbook.createFont();
			bold.setFontName(FONT);
			bold.setFontHeightInPoints((short) 10);
			bold.setBold(true);
		}
		return bold;
	}

	/** Thin grey grid: visible on paper without the heaviness of black lines. */
	private static void bordered(XSSFCellStyle style) {
		XSSFColor grey = Palette.color(Palette.BORDER);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setTopBorderColor(grey);
		style.setBottomBorderColor(grey);
		style.setLeftBorderColor(grey);
		style.setRightBorderColor(grey);
	}

	private static void fill(XSSFCellStyle style, int rgb) {
		style.setFillForegroundColor(Palette.color(rgb));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}
}
