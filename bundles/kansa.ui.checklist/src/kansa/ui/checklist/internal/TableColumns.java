package kansa.ui.checklist.internal;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A text column of a table whose parent is laid out by a {@link TableColumnLayout}, as every table here is. */
public final class TableColumns {

	private TableColumns() {
	}

	public static <T> TableViewerColumn add(TableViewer viewer, String header, Class<T> type,
			Function<T, String> text, ColumnLayoutData size) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
		((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(column.getColumn(), size);
		return column;
	}
}
