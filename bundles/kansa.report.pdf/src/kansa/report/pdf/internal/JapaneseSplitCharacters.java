package kansa.report.pdf.internal;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Japanese line breaking (禁則処理, JIS X 4051 in its common simple form): a line must not start with closing
 * brackets, punctuation, small kana or the prolonged sound mark, and must not end with an opening bracket.
 * iText's default rules cover most half-width and CJK symbols but not the full-width ASCII forms (）。，！？ in
 * U+FF00 block) that Japanese text uses all the time, and they give no break opportunity after them.
 * <p>
 * {@link #isSplitCharacter} answers: may the line break <em>after</em> the glyph at {@code glyphPos}?
 */
public final class JapaneseSplitCharacters implements ISplitCharacters {

	/** 行頭禁則: may not start a line. */
	static final String NO_LINE_START = "、。，．・：；？！゛゜ヽヾゝゞ々〻ー‐–〜～…‥’”）〕］｝〉》」』】〙〗〟｠»"
			+ "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
			+ ")]}>,.:;?!％‰℃°′″｡｣､･ｰﾞﾟ";

	/** 行末禁則: may not end a line. */
	static final String NO_LINE_END = "（〔［｛〈《「『【〘〖〝｟«‘“([{<＜￥＄＃＠";

	private final ISplitCharacters fallback = new DefaultSplitCharacters();

	@Override
	public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
		int current = unicode(text, glyphPos);
		if (current < 0) {
			return false;
		}
		if (glyphPos + 1 < text.size()) {
			int next = unicode(text, glyphPos + 1);
			if (next >= 0 && NO_LINE_START.indexOf(next) >= 0) {
				return false;
			}
			if (isDashOrLeader(current) && current == next) {
				return false; // ―― and …… are one mark
			}
			if (current == '-' && next >= '0' && next <= '9') {
				return false; // ids such as CAR-004 and F-001 stay whole
			}
		}
		if (NO_LINE_END.indexOf(current) >= 0) {
			return false;
		}
		// full-width forms behave like ideographs: a line may break after them
		return isFullWidthForm(current) || fallback.isSplitCharacter(text, glyphPos);
	}

	private static int unicode(GlyphLine text, int pos) {
		Glyph g = text.get(pos);
		return g.hasValidUnicode() ? g.getUnicode() : -1;
	}

	private static boolean isDashOrLeader(int c) {
		return c == '―' || c == '…' || c == '‥';
	}

	private static boolean isFullWidthForm(int c) {
		return c >= 0xFF01 && c <= 0xFF60;
	}

	/** Plain-text form of the rule, for checking rendered lines. */
	public static boolean mayStartLine(int codePoint) {
		return NO_LINE_START.indexOf(codePoint) < 0;
	}

	public static boolean mayEndLine(int codePoint) {
		return NO_LINE_END.indexOf(codePoint) < 0;
	}
}
