package kansa.ui.checklist.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kansa.checklist.edit.Edits;
import kansa.checklist.edit.Items;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;
import kansa.ui.checklist.internal.Messages;

/**
 * The selected item's details: 質問 (one per line), 確認方法, 期待される証跡, ガイダンス. A field's change becomes one
 * authoring step when the field loses focus (or before another item is shown).
 */
final class ItemForm {

	private record Field(Text text, String label, BiFunction<ChecklistItem, String, ChecklistItem> apply) {
	}

	private static final String SHOWN = "kansa.shown";

	private final Locale locale;
	private final CommandSink sink;
	private final ScrolledComposite scroller;
	private final Label heading;
	private final List<Field> fields = new ArrayList<>();
	private ChecklistItem shown;

	ItemForm(Composite parent, Locale locale, CommandSink sink) {
		this.locale = locale;
		this.sink = sink;
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite body = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(body);
		heading = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
		field(body, Messages.Form_questions, Messages.Edit_questions, 5, this::withQuestions);
		field(body, Messages.Form_howToCheck, Messages.Edit_howToCheck, 3,
				(i, v) -> Items.withHowToCheck(i, TextEditing.with(i.howToCheck(), locale, v)));
		field(body, Messages.Form_evidence, Messages.Edit_evidence, 3,
				(i, v) -> Items.withExpectedEvidence(i, TextEditing.with(i.expectedEvidence(), locale, v)));
		field(body, Messages.Form_guidance, Messages.Edit_guidance, 3,
				(i, v) -> Items.withGuidance(i, TextEditing.with(i.guidance(), locale, v)));
		scroller.setContent(body);
		scroller.setMinSize(body.computeSize(260, SWT.DEFAULT));
		show(null);
	}

	private void field(Composite body, String caption, String editLabel, int lines,
			BiFunction<ChecklistItem, String, ChecklistItem> apply) {
		new Label(body, SWT.NONE).setText(caption);
		Text text = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, text.getLineHeight() * lines).applyTo(text);
		Field field = new Field(text, editLabel, apply);
		fields.add(field);
		text.addListener(SWT.FocusOut, e -> commit(field));
	}

	private ChecklistItem withQuestions(ChecklistItem i, String value) {
		List<LocalizedText> old = i.questions();
		List<LocalizedText> questions = new ArrayList<>();
		for (String line : value.split("\\R")) {
			if (!line.isBlank()) {
				int n = questions.size();
				questions.add(TextEditing.with(n < old.size() ? old.get(n) : LocalizedText.EMPTY, locale, line));
			}
		}
		return Items.withQuestions(i, questions);
	}

	/** Turns the field's text into an edit of the shown item when it differs. */
	private void commit(Field field) {
		if (shown == null || field.text().isDisposed()) {
			return;
		}
		ChecklistItem before = shown;
		String typed = field.text().getText();
		if (typed.equals(field.text().getData(SHOWN))) {
			return; // untouched: a fallback text shown from the other language must not be copied over
		}
		ChecklistItem after = field.apply().apply(before, typed);
		field.text().setData(SHOWN, typed);
		if (!after.equals(before)) {
			sink.execute(Edits.editItem(before.id(), field.label(), i -> field.apply().apply(i, field.text().getText())));
		}
	}

	/** Commits pending typing, e.g. before saving. */
	void commitAll() {
		fields.forEach(this::commit);
	}

	/** Shows an item (editable), a section (a hint) or nothing. */
	void show(Object element) {
		shown = element instanceof ChecklistItem i ? i : null;
		if (shown != null) {
			heading.setText(NLS.bind(Messages.Form_heading, shown.label(locale)));
		} else if (element instanceof Section s) {
			heading.setText(NLS.bind(Messages.Form_section, s.label(locale)));
		} else {
			heading.setText(Messages.Form_none);
		}
		String[] values = shown == null ? new String[] { "", "", "", "" }
				: new String[] { String.join("\n", shown.questions().stream().map(q -> q.get(locale)).toList()),
						shown.howToCheck().get(locale), shown.expectedEvidence().get(locale),
						shown.guidance().get(locale) };
		for (int k = 0; k < fields.size(); k++) {
			Text text = fields.get(k).text();
			if (!text.getText().equals(values[k])) {
				text.setText(values[k]);
			}
			text.setData(SHOWN, values[k]);
			text.setEnabled(shown != null);
		}
		heading.getParent().layout(true);
	}

	Composite control() {
		return scroller;
	}
}
