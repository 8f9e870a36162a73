package kansa.ui.audit.internal.editor;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.core.text.LocalizedText;
import kansa.ui.audit.internal.Messages;

/**
 * The selected item: what to ask and how to check (read-only), the verdict buttons (same as the keys 1–5, 0) and
 * the notes (所見), which record as the user types.
 */
final class ItemPanel {

	private final Locale locale;
	private final Label heading;
	private final Text guide;
	private final Map<Verdict, Button> buttons = new EnumMap<>(Verdict.class);
	private final Text notes;
	private boolean updating;

	ItemPanel(Composite parent, Locale locale, Consumer<Verdict> onVerdict, Consumer<String> onNotes) {
		this.locale = locale;
		Composite panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 6).spacing(6, 6).applyTo(panel);

		heading = new Label(panel, SWT.WRAP);
		heading.setData(HeaderBar.CSS_CLASS, "kansa-progress");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(heading);

		guide = new Text(panel, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		// guide and notes share the height; on a low screen the notes keep at least a few lines
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 40).applyTo(guide);

		Composite row = new Composite(panel, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).spacing(4, 4)
				.applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		for (Verdict v : VerdictKeys.ORDER) {
			Button b = new Button(row, SWT.TOGGLE);
			b.setText(VerdictKeys.keyOf(v) + " " + v.label(locale));
			b.setToolTipText(Messages.Item_verdictTip);
			b.addListener(SWT.Selection, e -> {
				if (!updating) {
					onVerdict.accept(b.getSelection() ? v : Verdict.NOT_ASSESSED);
				}
			});
			GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
			buttons.put(v, b);
		}
		row.addListener(SWT.Resize, e -> fitColumns(row));

		Label notesLabel = new Label(panel, SWT.NONE);
		notesLabel.setText(Messages.Item_notes);
		notes = new Text(panel, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 3 * notes.getLineHeight() + 6).applyTo(notes);
		notes.addListener(SWT.Modify, e -> {
			if (!updating) {
				onNotes.accept(notes.getText());
			}
		});
		setEnabled(false);
	}

	/**
	 * Three buttons a row when the longest verdict fits a third of the width, else two: "5 Opportunity for
	 * improvement" must not be cut off in English.
	 */
	private void fitColumns(Composite row) {
		GridLayout layout = (GridLayout) row.getLayout();
		int widest = buttons.values().stream().mapToInt(b -> b.computeSize(SWT.DEFAULT, SWT.DEFAULT).x).max()
				.orElse(0);
		int columns = row.getClientArea().width >= 3 * widest + 2 * layout.horizontalSpacing ? 3 : 2;
		if (columns != layout.numColumns) {
			layout.numColumns = columns;
			row.requestLayout();
		}
	}

	void show(ChecklistItem item, ItemResult result) {
		updating = true;
		try {
			setEnabled(item != null);
			if (item == null) {
				heading.setText(Messages.Item_none);
				guide.setText("");
				notes.setText("");
				buttons.values().forEach(b -> b.setSelection(false));
				return;
			}
			heading.setText(item.label(locale));
			guide.setText(guideText(item));
			buttons.forEach((v, b) -> b.setSelection(result.verdict() == v));
			if (!notes.getText().equals(result.notes())) {
				notes.setText(result.notes());
			}
			heading.getParent().layout();
		} finally {
			updating = false;
		}
	}

	private String guideText(ChecklistItem item) {
		StringBuilder b = new StringBuilder();
		if (!item.questions().isEmpty()) {
			b.append(Messages.Item_questions).append('\n');
			for (LocalizedText q : item.questions()) {
				b.append("・").append(q.get(locale)).append('\n');
			}
		}
		append(b, Messages.Item_howToCheck, item.howToCheck());
		append(b, Messages.Item_expectedEvidence, item.expectedEvidence());
		append(b, Messages.Item_guidance, item.guidance());
		if (!item.requirements().isEmpty()) {
			b.append(Messages.Item_requirements).append(' ');
			b.append(String.join(", ", item.requirements().stream().map(Object::toString).toList()));
		}
		return b.toString().strip();
	}

	private void append(StringBuilder b, String label, LocalizedText text) {
		if (!text.isEmpty()) {
			b.append(label).append('\n').append(text.get(locale)).append("\n\n");
		}
	}

	private void setEnabled(boolean enabled) {
		buttons.values().forEach(b -> b.setEnabled(enabled));
		notes.setEnabled(enabled);
	}
}
