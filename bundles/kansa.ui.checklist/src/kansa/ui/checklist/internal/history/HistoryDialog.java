package kansa.ui.checklist.internal.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import kansa.checklist.diff.ChecklistDiff;
import kansa.checklist.diff.ChecklistDiffer;
import kansa.core.checklist.Checklist;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.TableColumns;
import kansa.workspace.Workspace;

/**
 * 履歴と差分: the kept versions of a checklist (read in a Job) and the editor's content; one selected version is
 * compared with the editor's content, two with each other, as {@code kansa checklist diff} does.
 */
public final class HistoryDialog extends TitleAreaDialog {

	private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Workspace workspace;
	private final Supplier<Checklist> editorContent;
	private final List<VersionRow> rows = new ArrayList<>();
	private TableViewer versions;
	private Label summary;
	private DiffTree tree;
	private DiffRows shown = new DiffRows(List.of());

	public HistoryDialog(Shell parent, Workspace workspace, Supplier<Checklist> editorContent) {
		super(parent);
		this.workspace = workspace;
		this.editorContent = editorContent;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.History_title, editorContent.get().title().get(Messages.contentLocale())));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1000, 720);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Checklist current = editorContent.get();
		setTitle(NLS.bind(Messages.History_title, current.title().get(Messages.contentLocale())));
		setMessage(Messages.History_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().applyTo(body);
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

		Composite holder = new Composite(sash, SWT.NONE);
		holder.setLayout(new TableColumnLayout());
		versions = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		versions.getTable().setHeaderVisible(true);
		versions.getTable().setLinesVisible(true);
		versions.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.History_version, HistoryDialog::versionLabel, new ColumnWeightData(2, 140));
		column(Messages.History_saved, r -> r.savedAt() == null ? ""
				: SAVED.format(r.savedAt().atZone(ZoneId.systemDefault())), new ColumnPixelData(140));
		column(Messages.History_items, r -> Integer.toString(r.checklist().itemCount()),
				new ColumnPixelData(70));
		column(Messages.History_note, r -> r.checklist().changeNote(), new ColumnWeightData(5, 200));
		versions.addSelectionChangedListener(e -> compareSelected());

		Composite lower = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(lower);
		summary = new Label(lower, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		tree = new DiffTree(lower);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.viewer().getControl().getParent());
		sash.setWeights(1, 3);

		rows.add(new VersionRow(current, null, true));
		versions.setInput(rows);
		summary.setText(Messages.History_loading);
		new VersionLoader().load(workspace, current.id(), sash, loadedVersions -> {
			rows.addAll(loadedVersions.versions());
			versions.refresh();
			if (loadedVersions.error() != null) {
				setErrorMessage(NLS.bind(Messages.History_failed, loadedVersions.error()));
			}
			// start with what most users want: the last saved version against the editor
			versions.setSelection(new StructuredSelection(rows.get(rows.size() > 1 ? 1 : 0)));
		});
		return area;
	}

	private void column(String header, Function<VersionRow, String> text, ColumnLayoutData size) {
		TableColumns.add(versions, header, VersionRow.class, text, size);
	}

	private static String versionLabel(VersionRow r) {
		return r.current() ? NLS.bind(Messages.History_current, r.checklist().version()) : r.checklist().version();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** One row against the editor's content, or two rows against each other (the lower one is the older). */
	private void compareSelected() {
		List<VersionRow> chosen = ((List<?>) versions.getStructuredSelection().toList()).stream().map(VersionRow.class::cast)
				.sorted(Comparator.comparingInt(rows::indexOf)).toList();
		if (chosen.isEmpty() || chosen.size() == 1 && chosen.get(0).current()) {
			show(null, null);
		} else if (chosen.size() == 1) {
			show(chosen.get(0).checklist(), rows.get(0).checklist());
		} else {
			show(chosen.get(chosen.size() - 1).checklist(), chosen.get(0).checklist());
		}
	}

	private void show(Checklist older, Checklist newer) {
		if (older == null) {
			shown = new DiffRows(List.of());
			summary.setText(Messages.History_none);
		} else {
			ChecklistDiff d = ChecklistDiffer.diff(older, newer);
			shown = DiffRows.of(d, older, newer, Messages.contentLocale());
			summary.setText(d.isEmpty() ? NLS.bind(Messages.History_noChanges, d.from(), d.to())
					: NLS.bind(Messages.History_summary, new Object[] { d.from(), d.to(),
							d.count(ChecklistDiff.Kind.ADDED), d.count(ChecklistDiff.Kind.REMOVED), d.movedCount(),
							d.editedCount() }));
		}
		tree.show(shown);
	}
}
