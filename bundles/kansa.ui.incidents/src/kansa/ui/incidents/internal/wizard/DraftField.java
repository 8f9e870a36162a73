package kansa.ui.incidents.internal.wizard;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import kansa.incidents.extract.Span;
import kansa.ui.incidents.internal.Messages;

/** One row of the draft form: the editable value, the article spans it was read from and a 要確認 marker. */
final class DraftField {

	final String label;
	final Control control;
	private final CLabel marker;
	private List<Span> spans = List.of();

	DraftField(String label, Control control, CLabel marker) {
		this.label = label;
		this.control = control;
		this.marker = marker;
	}

	String text() {
		return control instanceof Combo c ? c.getText() : ((Text) control).getText();
	}

	void setText(String value) {
		if (control instanceof Combo c) {
			c.setText(value);
		} else {
			((Text) control).setText(value);
		}
	}

	/** Fills the row from the draft; {@code reason} explains a 要確認 marker, null when the value looks sure. */
	void show(String value, List<Span> from, String reason) {
		setText(value);
		spans = List.copyOf(from);
		boolean needsCheck = reason != null;
		if (marker != null) {
			marker.setText(needsCheck ? Messages.Draft_check : "");
			marker.setImage(needsCheck ? Dialog.getImage(Dialog.DLG_IMG_MESSAGE_WARNING) : null);
			marker.setToolTipText(reason);
		}
	}

	List<Span> spans() {
		return spans;
	}
}
