package kansa.ui.checklist.internal.history;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.history.DiffRows.Change;
import kansa.ui.checklist.internal.history.DiffRows.Row;

/**
 * The diff as a tree: a row per changed item (coloured by what happened to it) with its fields below, old text in
 * red and new text in green, so a reviewer sees at a glance what a new version changed.
 */
final class DiffTree {

	private static final Color ADDED = new Color(0xE3, 0xF4, 0xE1);
	private static final Color REMOVED = new Color(0xFB, 0xE3, 0xE1);
	private static final Color MOVED = new Color(0xE3, 0xEC, 0xFA);
	private static final Color EDITED = new Color(0xFD, 0xF3, 0xD8);
	private static final Color OLD_TEXT = new Color(0xA3, 0x1D, 0x1D);
	private static final Color NEW_TEXT = new Color(0x1B, 0x6E, 0x20);

	private final TreeViewer viewer;

	DiffTree(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TreeColumnLayout layout = new TreeColumnLayout();
		holder.setLayout(layout);
		viewer = new TreeViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((Row) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((Row) element).children().isEmpty();
			}
		});
		column(layout, Messages.History_change, Row::changeLabel, null, new ColumnPixelData(90));
		column(layout, Messages.History_what, Row::what, null, new ColumnWeightData(3, 200));
		column(layout, Messages.History_before, Row::before, OLD_TEXT, new ColumnWeightData(3, 160));
		column(layout, Messages.History_after, Row::after, NEW_TEXT, new ColumnWeightData(3, 160));
	}

	private void column(TreeColumnLayout layout, String header, Function<Row, String> text, Color fieldColor,
			ColumnLayoutData size) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return oneLine(text.apply((Row) element));
			}

			@Override
			public String getToolTipText(Object element) {
				String full = text.apply((Row) element);
				return full.isEmpty() ? null : full;
			}

			@Override
			public Color getBackground(Object element) {
				return background(((Row) element).change());
			}

			@Override
			public Color getForeground(Object element) {
				return ((Row) element).change() == Change.FIELD ? fieldColor : null;
			}
		});
		layout.setColumnData(column.getColumn(), size);
	}

	private static Color background(Change change) {
		return switch (change) {
			case ADDED -> ADDED;
			case REMOVED -> REMOVED;
			case MOVED -> MOVED;
			case EDITED, MOVED_EDITED -> EDITED;
			case FIELD -> null;
		};
	}

	private static String oneLine(String s) {
		return s.replace("\r\n", "\n").replace("\n", " ⏎ ");
	}

	void show(DiffRows rows) {
		viewer.setInput(rows.rows());
		viewer.expandAll();
	}

	TreeViewer viewer() {
		return viewer;
	}
}
