package kansa.ui.checklist.internal.editor;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

import kansa.checklist.edit.EditCommand;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.core.text.Language;
import kansa.core.text.LocalizedText;

/** In-place editing of one text column (No. or 項目) of sections and items, as one authoring step per change. */
final class TextEditing extends EditingSupport {

	private final CellEditor cellEditor;
	private final Function<Object, String> value;
	private final BiFunction<Object, String, EditCommand> command;
	private final CommandSink sink;

	TextEditing(ColumnViewer viewer, Function<Object, String> value, BiFunction<Object, String, EditCommand> command,
			CommandSink sink) {
		super(viewer);
		this.cellEditor = new TextCellEditor((Composite) viewer.getControl());
		this.value = value;
		this.command = command;
		this.sink = sink;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return cellEditor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof Section || element instanceof ChecklistItem;
	}

	@Override
	protected Object getValue(Object element) {
		return value.apply(element);
	}

	@Override
	protected void setValue(Object element, Object newValue) {
		String text = newValue == null ? "" : newValue.toString().strip();
		if (!text.equals(value.apply(element))) {
			sink.execute(command.apply(element, text));
		}
	}

	/** The text in the content language replaced, the other language kept. */
	static LocalizedText with(LocalizedText old, Locale locale, String text) {
		return Language.of(locale) == Language.EN ? LocalizedText.of(old.ja(), text) : LocalizedText.of(text, old.en());
	}
}
