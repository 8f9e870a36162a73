package kansa.report.pdf.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

import kansa.core.audit.Verdict;
import kansa.core.text.LocalizedText;
import kansa.core.text.Message;
import kansa.report.pdf.internal.FontFiles.ReportFonts;

/** Type sizes and element factories, so every part of the report looks the same. */
final class Styles {

	/** げた記号: stands in for a character the embedded font cannot show. */
	static final String MISSING = "〓";

	static final float BODY = 9.5f;
	static final float TABLE = 8.5f;
	static final float SMALL = 7.5f;
	static final float H1 = 15f;
	static final float H2 = 11f;

	private final ReportFonts fonts;
	/** Where the text being set stands, to say where a character no font has is (see {@link #place}). */
	private LocalizedText place = LocalizedText.EMPTY;
	/** One warning per character and place, in the order found. */
	private final Map<String, Message> missing = new LinkedHashMap<>();
	/** The firm's colour (indigo by default): headings, table heads, links. */
	final Color accent;
	/** Accent mixed with white: section bands and the cover's rule. */
	final Color accentMid;
	final Color accentLight;

	Styles(ReportFonts fonts, DeviceRgb accent) {
		this.fonts = fonts;
		this.accent = accent == null ? Palette.ACCENT : accent;
		this.accentMid = accent == null ? Palette.ACCENT_MID : Palette.tint(accent, 0.24f);
		this.accentLight = accent == null ? Palette.ACCENT_LIGHT : Palette.tint(accent, 0.10f);
	}

	/**
	 * Names where the text set from now on stands (a chapter, an item, a finding), for the warnings about
	 * characters no embedded font can show; elements are built in reading order, so the latest place is theirs.
	 */
	void place(LocalizedText where) {
		place = where;
	}

	/** The characters set so far that no embedded font can show (printed as 〓), each with where it is. */
	List<Message> missingGlyphs() {
		return List.copyOf(missing.values());
	}

	private void recordMissing(int cp) {
		String hex = String.format(Locale.ROOT, "U+%04X", cp);
		missing.computeIfAbsent(place.ja() + "\u0000" + place.en() + "\u0000" + hex,
				k -> Message.of(Styles.class, "report.missingGlyph", place, hex, new String(Character.toChars(cp))));
	}

	/** As {@link #printable(String, PdfFont)}, noting the characters it cannot show. */
	String shown(String text, PdfFont font) {
		return printable(text, font, null, this::recordMissing);
	}

	/** Running prose (総評, finding statements) in Mincho, as Japanese reports set body text. */
	Paragraph prose(String text) {
		return withFallback(text, fonts.mincho()).setFont(fonts.mincho()).setFontSize(BODY).setFontColor(Palette.TEXT)
				.setMultipliedLeading(1.6f).setMargin(0).setMarginBottom(6);
	}

	/** Gothic text of a given size, no margins. */
	Paragraph text(String text, float size) {
		return withFallback(text, fonts.gothic()).setFont(fonts.gothic()).setFontSize(size).setFontColor(Palette.TEXT)
				.setMultipliedLeading(1.35f).setMargin(0);
	}

	/** Accent-coloured text that jumps to a named destination inside the report. */
	Paragraph link(String text, String destination, float size) {
		return text("", size).add(link(text, destination));
	}

	Link link(String text, String destination) {
		Link link = new Link(shown(text, fonts.gothic()), PdfAction.createGoTo(destination));
		// no box around the text (viewers draw one by default); printable, as PDF/A wants every annotation
		link.getLinkAnnotation().setBorder(new PdfArray(new float[] { 0, 0, 0 })).setFlags(PdfAnnotation.PRINT);
		link.setFontColor(accent);
		return link;
	}

	Paragraph note(String text) {
		return text(text, SMALL).setFontColor(Palette.MUTED).setMarginTop(3);
	}

	Paragraph subheading(String text) {
		return text(text, H2).setFontColor(accent).setMarginTop(14).setMarginBottom(6)
				.setBorderLeft(new SolidBorder(accent, 3)).setPaddingLeft(6).setKeepWithNext(true);
	}

	Table table(float... percentWidths) {
		// fixed layout: the columns are as given, so iText need not measure every cell first (which made a
		// thousand-row table several times slower)
		return new Table(UnitValue.createPercentArray(percentWidths)).useAllAvailableWidth().setFixedLayout()
				.setBorder(Border.NO_BORDER);
	}

	/** A table added to the document first and filled afterwards, flushed in batches (see ResultsTable). */
	Table largeTable(float... percentWidths) {
		return new Table(UnitValue.createPercentArray(percentWidths), true).useAllAvailableWidth().setFixedLayout()
				.setBorder(Border.NO_BORDER);
	}

	/** Column header: accent band, white text. */
	Cell header(String text) {
		return new Cell().add(text(text, SMALL + 0.5f).setFontColor(Palette.WHITE))
				.setBackgroundColor(accent).setBorder(Border.NO_BORDER)
				.setBorderRight(new SolidBorder(Palette.WHITE, 0.5f)).setPadding(4).setPaddingLeft(5)
				.setVerticalAlignment(VerticalAlignment.MIDDLE);
	}

	Cell cell(String text) {
		return cell(text(ReportContext.orDash(text), TABLE));
	}

	/**
	 * Body cell with a hairline below: horizontal rules only, as in most printed reports. Kept together, so a row
	 * that does not fit the rest of a page moves to the next one whole instead of being split (a row taller than a
	 * page is still split).
	 */
	Cell cell(IBlockElement content) {
		Cell cell = new Cell().add(content).setBorder(Border.NO_BORDER)
				.setBorderBottom(new SolidBorder(Palette.HAIRLINE, 0.5f)).setPadding(4).setPaddingLeft(5)
				.setVerticalAlignment(VerticalAlignment.TOP);
		cell.setKeepTogether(true);
		return cell;
	}

	/** Label column of a key–value table. */
	Cell label(String text) {
		return cell(text(text, TABLE).setFontColor(accent)).setBackgroundColor(Palette.LABEL_FILL);
	}

	/** A verdict in its tint, centred. */
	Cell verdict(Verdict v, java.util.Locale locale) {
		return cell(text(v.label(locale), SMALL + 0.5f).setFontColor(strongText(v))
				.setTextAlignment(TextAlignment.CENTER)).setBackgroundColor(Palette.fill(v))
				.setVerticalAlignment(VerticalAlignment.MIDDLE);
	}

	private static Color strongText(Verdict v) {
		// light chart colours are too pale for text
		return v == Verdict.NOT_ASSESSED || v == Verdict.NOT_APPLICABLE ? Palette.MUTED : Palette.strong(v);
	}

	/** Two-column table of labelled values (監査概要, finding details). */
	Table keyValue() {
		return table(24, 76);
	}

	void row(Table kv, String label, String value) {
		kv.addCell(label(label));
		kv.addCell(cell(value));
	}

	void row(Table kv, String label, IBlockElement value) {
		kv.addCell(label(label));
		kv.addCell(cell(value));
	}

	/**
	 * The text as the font can show it. A character the font lacks (an emoji, a rare ideograph) becomes 〓, the
	 * geta mark Japanese typesetting uses for a missing character: drawn as the empty .notdef glyph it would vanish
	 * without trace, and PDF/A forbids .notdef. Variation selectors and other invisible format characters are
	 * dropped, tabs become spaces; line breaks stay.
	 */
	static String printable(String text, PdfFont font) {
		return printable(text, font, null);
	}

	/** As {@link #printable(String, PdfFont)}, keeping the characters the fallback font (if any) has. */
	static String printable(String text, PdfFont font, PdfFont fallback) {
		return printable(text, font, fallback, cp -> {
		});
	}

	/** As {@link #printable(String, PdfFont, PdfFont)}, telling {@code missing} each character shown as 〓. */
	static String printable(String text, PdfFont font, PdfFont fallback, IntConsumer missing) {
		StringBuilder b = null;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int next = i + Character.charCount(cp);
			String replacement = null;
			if (cp == '\n' || cp == '\r') {
				replacement = null;
			} else if (cp == '\t') {
				replacement = " ";
			} else if (Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL
					|| Character.getType(cp) == Character.NON_SPACING_MARK && isVariationSelector(cp)) {
				replacement = "";
			} else if (!font.containsGlyph(cp) && (fallback == null || !fallback.containsGlyph(cp))) {
				replacement = MISSING;
				missing.accept(cp);
			}
			if (replacement != null && b == null) {
				b = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (b != null) {
				if (replacement != null) {
					b.append(replacement);
				} else {
					b.appendCodePoint(cp);
				}
			}
			i = next;
		}
		return b == null ? text : b.toString();
	}

	/**
	 * A paragraph of the text in the given font, where runs of characters only the fallback font has are set in
	 * the fallback; what neither has becomes 〓 (see {@link #printable}).
	 */
	private Paragraph withFallback(String text, PdfFont font) {
		String shown = printable(text, font, fonts.fallback(), this::recordMissing);
		Paragraph p = new Paragraph();
		int start = 0;
		boolean inFallback = false;
		for (int i = 0; i < shown.length();) {
			int cp = shown.codePointAt(i);
			boolean fallback = cp > ' ' && !font.containsGlyph(cp);
			if (fallback != inFallback && i > start) {
				p.add(run(shown.substring(start, i), inFallback));
				start = i;
			}
			inFallback = fallback;
			i += Character.charCount(cp);
		}
		if (start < shown.length() || shown.isEmpty()) {
			if (start == 0 && !inFallback) {
				return new Paragraph(shown);
			}
			p.add(run(shown.substring(start), inFallback));
		}
		return p;
	}

	private Text run(String text, boolean fallback) {
		Text t = new Text(text);
		return fallback ? t.setFont(fonts.fallback()) : t;
	}

	private static boolean isVariationSelector(int cp) {
		return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
	}

	ReportFonts fonts() {
		return fonts;
	}
}
