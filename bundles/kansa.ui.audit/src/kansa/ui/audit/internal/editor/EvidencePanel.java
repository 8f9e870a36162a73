package kansa.ui.audit.internal.editor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import kansa.core.audit.Evidence;
import kansa.core.audit.EvidenceKind;
import kansa.ui.audit.internal.Messages;

/**
 * The selected item's evidence files: name, kind, caption, SHA-256 and size. Files dropped here (or on an item
 * row of the list) or chosen with 追加… are copied into the audit folder and hashed.
 */
final class EvidencePanel {

	private final Composite panel;
	private final TableViewer viewer;
	private final Button add;
	private final Button open;
	private Path auditDirectory;

	EvidencePanel(Composite parent, Locale locale, Consumer<List<Path>> onFiles) {
		BiConsumer<Object, List<Path>> dropped = (target, files) -> onFiles.accept(files);
		panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).applyTo(panel);
		Label hint = new Label(panel, SWT.WRAP);
		hint.setText(Messages.Evidence_hint);
		hint.setData(HeaderBar.CSS_CLASS, "kansa-hint");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
		add = new Button(panel, SWT.PUSH);
		add.setText(Messages.Evidence_add);
		open = new Button(panel, SWT.PUSH);
		open.setText(Messages.Evidence_open);

		Composite holder = new Composite(panel, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 80).applyTo(holder);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		// the kind fits its texts in the current language, the hash and size fit both; the names share the rest
		column(columns, Messages.Evidence_file, new ColumnWeightData(3, 80), Evidence::fileName);
		column(columns, Messages.Evidence_kind, ColumnWidths.fitting(viewer.getTable(), Messages.Evidence_kind,
				Stream.of(EvidenceKind.values()).map(k -> k.label(locale))), e -> e.kind().label(locale));
		column(columns, Messages.Evidence_caption, new ColumnWeightData(3, 60), Evidence::caption);
		column(columns, Messages.Evidence_hash, new ColumnPixelData(130), e -> e.sha256().substring(0, 12) + "…");
		column(columns, Messages.Evidence_size, new ColumnPixelData(75), e -> size(e.size()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().setToolTipText(Messages.Evidence_hashTip);

		add.addListener(SWT.Selection, e -> choose(onFiles));
		open.addListener(SWT.Selection, e -> openSelected());
		viewer.addDoubleClickListener(e -> openSelected());
		acceptDrops(viewer.getControl(), dropped);
		acceptDrops(panel, dropped);
		setEnabled(false);
	}

	/**
	 * Makes a control accept files dropped from the desktop or a file manager; {@code onFiles} gets the data of the
	 * table row under the drop (null elsewhere) and the files.
	 */
	static void acceptDrops(Control control, BiConsumer<Object, List<Path>> onFiles) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_MOVE);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY; // never move the user's file away
			}

			@Override
			public void dragOperationChanged(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void dragOver(DropTargetEvent event) {
				event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] files) {
					Object row = event.item == null ? null : event.item.getData();
					onFiles.accept(row, Arrays.stream(files).map(Path::of).toList());
				}
			}
		});
	}

	private void column(TableColumnLayout layout, String header, ColumnLayoutData size, Function<Evidence, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		layout.setColumnData(column.getColumn(), size);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((Evidence) e)));
	}

	private void choose(Consumer<List<Path>> onFiles) {
		FileDialog dialog = new FileDialog(viewer.getControl().getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Evidence_add);
		if (dialog.open() != null) {
			Path dir = Path.of(dialog.getFilterPath());
			onFiles.accept(Arrays.stream(dialog.getFileNames()).map(dir::resolve).toList());
		}
	}

	private void openSelected() {
		Evidence e = (Evidence) viewer.getStructuredSelection().getFirstElement();
		if (e != null && auditDirectory != null) {
			Program.launch(auditDirectory.resolve(e.path()).toString());
		}
	}

	void show(Path auditDir, List<Evidence> evidence, boolean enabled) {
		this.auditDirectory = auditDir;
		viewer.setInput(evidence);
		setEnabled(enabled);
	}

	private void setEnabled(boolean enabled) {
		add.setEnabled(enabled);
		open.setEnabled(enabled);
	}

	TableViewer viewer() {
		return viewer;
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return (bytes + 512) / 1024 + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
	}

	Composite control() {
		return panel;
	}
}
