package kansa.ui.incidents.internal.wizard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;

import kansa.incidents.extract.Span;

/**
 * Marks in the article where each field was read: every span in a pale colour, the active field's spans in a
 * strong one. Spans of different fields may overlap (a count that is both records and people), so the styles are
 * computed per character and merged into runs, which is what StyledText expects.
 */
final class SpanHighlighter {

	static final Color FOUND = new Color(255, 244, 179);
	static final Color ACTIVE = new Color(255, 176, 92);

	private static final int NONE = 0;
	private static final int IS_FOUND = 1;
	private static final int IS_ACTIVE = 2;

	private final StyledText text;

	SpanHighlighter(StyledText text) {
		this.text = text;
	}

	void apply(Collection<Span> all, Collection<Span> active) {
		int length = text.getCharCount();
		byte[] kind = new byte[length];
		mark(kind, all, IS_FOUND);
		mark(kind, active, IS_ACTIVE);
		List<StyleRange> ranges = new ArrayList<>();
		for (int i = 0; i < length;) {
			int k = kind[i];
			int j = i;
			while (j < length && kind[j] == k) {
				j++;
			}
			if (k != NONE) {
				StyleRange r = new StyleRange(i, j - i, null, k == IS_ACTIVE ? ACTIVE : FOUND,
						k == IS_ACTIVE ? SWT.BOLD : SWT.NORMAL);
				ranges.add(r);
			}
			i = j;
		}
		text.setStyleRanges(ranges.toArray(StyleRange[]::new));
		active.stream().mapToInt(Span::start).min().ifPresent(this::reveal);
	}

	private static void mark(byte[] kind, Collection<Span> spans, int k) {
		for (Span s : spans) {
			for (int i = Math.max(0, s.start()); i < Math.min(kind.length, s.end()); i++) {
				kind[i] = (byte) k;
			}
		}
	}

	/** Scrolls the span into view (a caret move: works with wrapped lines, keeps the styles visible). */
	private void reveal(int offset) {
		if (offset <= text.getCharCount()) {
			text.setSelection(offset);
		}
	}
}
