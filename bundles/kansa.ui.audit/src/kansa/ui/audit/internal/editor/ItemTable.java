package kansa.ui.audit.internal.editor;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.ui.audit.internal.Messages;

/** The item list: No., 項目, 判定, 所見, filtered by {@link ItemFilter}; keys are handled by the editor. */
final class ItemTable {

	private final AuditDocument document;
	private final TableViewer viewer;
	private final ItemFilter filter;
	private final Locale locale;

	ItemTable(Composite parent, AuditDocument document, Locale locale) {
		this.document = document;
		this.locale = locale;
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, Messages.Items_number, new ColumnPixelData(70), ChecklistItem::number, null);
		column(columns, Messages.Items_title, new ColumnWeightData(6, 220), i -> i.title().get(locale), null);
		column(columns, Messages.Items_verdict, new ColumnPixelData(120), this::verdictText,
				i -> VerdictKeys.background(document.shownVerdict(i)));
		column(columns, Messages.Items_notes, new ColumnWeightData(3, 120), this::notesText, null);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		filter = new ItemFilter(document);
		viewer.setFilters(filter);
		viewer.setInput(document.current().checklist().items().toList());
	}

	private void column(TableColumnLayout layout, String header, ColumnLayoutData size,
			Function<ChecklistItem, String> text, Function<ChecklistItem, RGB> background) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		layout.setColumnData(column.getColumn(), size);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ChecklistItem) element);
			}

			@Override
			public Color getBackground(Object element) {
				RGB rgb = background == null ? null : background.apply((ChecklistItem) element);
				return rgb == null ? null : new Color(rgb);
			}
		});
	}

	private String verdictText(ChecklistItem item) {
		Verdict v = document.shownVerdict(item);
		return v.isAssessed() ? VerdictKeys.keyOf(v) + " " + v.label(locale) : "—";
	}

	private String notesText(ChecklistItem item) {
		String notes = document.result(item.id()).notes();
		int nl = notes.indexOf('\n');
		return nl < 0 ? notes : notes.substring(0, nl) + " …";
	}

	TableViewer viewer() {
		return viewer;
	}

	ItemFilter filter() {
		return filter;
	}

	ChecklistItem selected() {
		return (ChecklistItem) viewer.getStructuredSelection().getFirstElement();
	}

	void select(ChecklistItem item) {
		viewer.setSelection(item == null ? StructuredSelection.EMPTY : new StructuredSelection(item), true);
	}

	/** Items as the list shows them now (filtered, in order). */
	List<ChecklistItem> visible() {
		return java.util.Arrays.stream(viewer.getTable().getItems()).map(i -> (ChecklistItem) i.getData()).toList();
	}

	/**
	 * Selects the first unanswered item after the selected one (wrapping around); the filter is ignored so the
	 * item is found even when hidden, in which case the filter is reset. Returns false when all are answered.
	 */
	boolean selectNextUnanswered(Runnable resetFilter) {
		List<ChecklistItem> all = document.current().checklist().items().toList();
		ChecklistItem current = selected();
		int start = current == null ? -1 : indexOf(all, current);
		for (int k = 1; k <= all.size(); k++) {
			ChecklistItem candidate = all.get((start + k + all.size()) % all.size());
			if (!document.shownVerdict(candidate).isAssessed()) {
				if (!filter.matches(candidate)) {
					resetFilter.run();
				}
				select(candidate);
				return true;
			}
		}
		return false;
	}

	private static int indexOf(List<ChecklistItem> items, ChecklistItem item) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).id().equals(item.id())) {
				return i;
			}
		}
		return -1;
	}

	void refresh() {
		viewer.refresh();
	}

	void onSelection(Consumer<ChecklistItem> listener) {
		viewer.addSelectionChangedListener(e -> listener.accept(selected()));
	}
}
