package kansa.ui.checklist.internal.editor;

import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;

import kansa.checklist.edit.EditCommand;
import kansa.checklist.edit.Edits;
import kansa.checklist.edit.Items;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.ui.checklist.internal.Messages;

/**
 * The checklist as a tree of sections and items (No., 項目). F2 or a double-click edits a cell in place; items and
 * sections are reordered by dragging ({@link TreeDrop}). Every change is an authoring step on the editor.
 */
final class ChecklistTree {

	private final TreeViewer viewer;
	private final ChecklistContent.Root root;
	private final Locale locale;

	ChecklistTree(Composite parent, Checklist checklist, Locale locale, CommandSink sink) {
		this.locale = locale;
		this.root = new ChecklistContent.Root(checklist);
		Composite holder = new Composite(parent, SWT.NONE);
		TreeColumnLayout columns = new TreeColumnLayout();
		holder.setLayout(columns);
		viewer = new TreeViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setComparer(ChecklistContent.BY_ID);
		viewer.setContentProvider(new ChecklistContent());
		viewer.setUseHashlookup(true);

		Font bold = org.eclipse.jface.resource.JFaceResources.getFontRegistry()
				.getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
		TreeViewerColumn number = column(Messages.Column_number, o -> number(o), bold);
		columns.setColumnData(number.getColumn(), new ColumnPixelData(110, true));
		number.setEditingSupport(new TextEditing(viewer, ChecklistTree::number, this::renumber, sink));
		TreeViewerColumn title = column(Messages.Column_title, this::title, bold);
		columns.setColumnData(title.getColumn(), new ColumnWeightData(1, 200, true));
		title.setEditingSupport(new TextEditing(viewer, this::title, this::retitle, sink));

		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
				return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && e.keyCode == SWT.F2;
			}
		};
		TreeViewerEditor.create(viewer, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.KEYBOARD_ACTIVATION);
		TreeDrop.install(viewer, () -> root.checklist, sink);
		viewer.setInput(root);
		viewer.expandToLevel(2);
	}

	private TreeViewerColumn column(String header, java.util.function.Function<Object, String> text, Font bold) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof Section ? bold : null;
			}
		});
		return column;
	}

	private static String number(Object o) {
		return o instanceof Section s ? s.number() : o instanceof ChecklistItem i ? i.number() : "";
	}

	private String title(Object o) {
		return o instanceof Section s ? s.title().get(locale)
				: o instanceof ChecklistItem i ? i.title().get(locale) : "";
	}

	private EditCommand renumber(Object o, String number) {
		if (o instanceof Section s) {
			return Edits.editSection(s.id(), number, s.title());
		}
		return Edits.editItem(((ChecklistItem) o).id(), Messages.Edit_number,
				i -> Items.withNumber(i, number));
	}

	private EditCommand retitle(Object o, String title) {
		if (o instanceof Section s) {
			return Edits.editSection(s.id(), s.number(), TextEditing.with(s.title(), locale, title));
		}
		return Edits.editItem(((ChecklistItem) o).id(), Messages.Edit_title,
				i -> Items.withTitle(i, TextEditing.with(i.title(), locale, title)));
	}

	/** Shows the checklist after an edit, keeping expansion and selection (elements compare by id). */
	void show(Checklist checklist) {
		root.checklist = checklist;
		if (!viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	}

	/** The selected section or item, taken from the current checklist. */
	Object selected() {
		return viewer.getStructuredSelection().getFirstElement();
	}

	/** Selects and reveals the item or section with this id. */
	boolean reveal(String id) {
		Checklist c = root.checklist;
		Supplier<Object> element = () -> c.item(id).map(Object.class::cast).orElseGet(() -> c.sections().stream()
				.flatMap(Section::allSections).filter(s -> s.id().equals(id)).findFirst().orElse(null));
		Object found = element.get();
		if (found == null) {
			return false;
		}
		viewer.setSelection(new StructuredSelection(found), true);
		return true;
	}

	TreeViewer viewer() {
		return viewer;
	}
}
