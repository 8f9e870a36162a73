package kansa.ui.audit.internal.editor;

import java.util.stream.Stream;

import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/** Column sizes that follow the language: a fixed column is as wide as its longest text, not a guess in pixels. */
final class ColumnWidths {

	/** Room for the cell's margins and the header's sort arrow area around the text. */
	private static final int PADDING = 20;

	private ColumnWidths() {
	}

	/** A fixed column wide enough for its header and every value it can show. */
	static ColumnPixelData fitting(Control table, String header, Stream<String> values) {
		GC gc = new GC(table);
		try {
			return new ColumnPixelData(Stream.concat(Stream.of(header), values).mapToInt(t -> gc.textExtent(t).x).max()
					.orElse(0) + PADDING);
		} finally {
			gc.dispose();
		}
	}
}
