package kansa.ui.audit.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

import kansa.audit.AuditRuleException;
import kansa.core.audit.Audit;
import kansa.core.audit.Finding;
import kansa.core.checklist.ChecklistItem;
import kansa.core.json.KansaDataException;
import kansa.ui.audit.EditorPrompts;
import kansa.ui.audit.internal.Messages;
import kansa.ui.services.IncidentRegistry;
import kansa.ui.audit.AuditInput;
import kansa.ui.editors.ItemNavigation;
import kansa.ui.editors.SavePrompt;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.AuditMerge;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * The on-site audit editor. Life cycle and files here: loading, the recovery copy written while dirty and offered
 * back after a crash, Save (atomic), the close prompt, undo/redo, and noticing changes on disk when activated.
 * The controls are in {@link AuditPage}; dialog-driven edits in {@link EditorActions}.
 */
public final class AuditEditor extends EditorPart implements ISaveablePart2, ItemNavigation {

	public static final String ID = AuditInput.EDITOR_ID;

	private final Locale locale = Messages.contentLocale();
	private AuditDocument document;
	private EditHistory edits;
	private RecoveryFile recovery;
	private RecoveryAutosave autosave;
	private DiskState diskState;
	private UndoRedoAction undo;
	private UndoRedoAction redo;
	private AuditPage page;
	private OverviewPage overview;
	private boolean lastDirty;
	private boolean checkingDisk;
	private final Runnable onChange = this::documentChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof AuditInput auditInput)) {
			throw new PartInitException("not an audit: " + input);
		}
		setSite(site);
		setInput(input);
		try {
			Workspace ws = Workspace.open(auditInput.workspaceRoot());
			Audit saved = ws.loadAudit(auditInput.auditId());
			document = new AuditDocument(ws, saved);
			recovery = new RecoveryFile(ws.auditDirectory(saved.id()));
			diskState = DiskState.of(auditFile());
			offerRecovery(saved);
		} catch (WorkspaceException | KansaDataException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		updatePartName();
		setTitleToolTip(document.current().client().name() + " — " + auditInput.getToolTipText());
		edits = new EditHistory(site.getWorkbenchWindow().getWorkbench().getOperationSupport().getOperationHistory(),
				document);
		undo = new UndoRedoAction(edits, true);
		redo = new UndoRedoAction(edits, false);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		autosave = new RecoveryAutosave(recovery, document);
		lastDirty = document.isDirty();
		document.addListener(onChange);
		if (document.isDirty()) {
			autosave.changed();
		}
	}

	private void offerRecovery(Audit saved) {
		Optional<Audit> recovered = recovery.read().filter(r -> r.id().equals(saved.id()) && !r.equals(saved));
		if (recovered.isEmpty()) {
			recovery.delete();
			return;
		}
		int changed = RecoveryFile.changedItems(saved, recovered.get());
		if (prompts().restoreRecovery(label(), recovery.writtenAt(), changed)) {
			document.reset(saved, recovered.get());
		} else {
			recovery.delete();
		}
	}

	private EditorPrompts prompts() {
		EditorPrompts injected = UiServices.find(getSite(), EditorPrompts.class);
		return injected != null ? injected : new DialogPrompts(getSite().getShell());
	}

	private String label() {
		Audit a = document.current();
		return a.client().name() + " — " + (a.title().isBlank() ? a.id() : a.title());
	}

	private Path auditFile() {
		return document.workspace().auditDirectory(document.current().id()).resolve("audit.json");
	}

	@Override
	public void createPartControl(Composite parent) {
		IncidentRegistry incidents = UiServices.find(getSite(), IncidentRegistry.class);
		EditorActions actions = new EditorActions(this, document, edits, locale);
		// the pages' tabs at the bottom, as in Eclipse's multi-page editors: 項目 (judging) first, 概要 beside it
		CTabFolder pages = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		Composite items = new Composite(pages, SWT.NONE);
		page = new AuditPage(items, document, document.workspace().auditDirectory(document.current().id()), locale,
				actions, incidents);
		overview = new OverviewPage(pages, document, actions, locale);
		CTabItem itemsTab = new CTabItem(pages, SWT.NONE);
		itemsTab.setText(Messages.Page_items);
		itemsTab.setControl(items);
		CTabItem overviewTab = new CTabItem(pages, SWT.NONE);
		overviewTab.setText(Messages.Page_overview);
		overviewTab.setControl(overview.control());
		pages.setSelection(itemsTab);
		getSite().setSelectionProvider(page.table().viewer());
		if (incidents != null) {
			Runnable refresh = () -> asyncRefresh(parent.getDisplay());
			incidents.addListener(refresh);
			parent.addDisposeListener(e -> incidents.removeListener(refresh));
		}
		updateStatusLine();
	}

	private void asyncRefresh(Display display) {
		display.asyncExec(() -> {
			if (page != null && !page.table().viewer().getControl().isDisposed()) {
				page.refresh();
			}
		});
	}

	private void documentChanged() {
		if (page != null && !page.table().viewer().getControl().isDisposed()) {
			page.refresh();
			overview.refresh();
		}
		autosave.changed();
		if (lastDirty != document.isDirty()) {
			lastDirty = document.isDirty();
			firePropertyChange(IEditorPart.PROP_DIRTY);
		}
		updatePartName();
		updateStatusLine();
	}

	private void updatePartName() {
		Audit a = document.current();
		String name = a.title().isBlank() ? a.id() : a.title();
		if (!name.equals(getPartName())) {
			setPartName(name);
		}
	}

	private void updateStatusLine() {
		int[] p = document.progress();
		getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(NLS.bind(Messages.Status_progress, new Object[] { label(), p[0], p[1] }));
	}

	/** Shows why the audit's rules refused an edit, in the user's language. */
	void refused(AuditRuleException e) {
		String reason = e.getMessage(locale);
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(reason);
		MessageDialog.openWarning(getSite().getShell(), Messages.Edit_refusedTitle, reason);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			Audit mine = document.current();
			AuditMerge.Result merged = document.save();
			diskState = DiskState.of(auditFile());
			autosave.stop(true);
			lastDirty = false;
			firePropertyChange(IEditorPart.PROP_DIRTY);
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
			if (merged.audit() != mine) {
				// undoing to a state before the merge would silently drop the other program's changes
				edits.clear();
			}
			if (merged.taken() > 0) {
				getEditorSite().getActionBars().getStatusLineManager()
						.setMessage(NLS.bind(Messages.Changed_merged, label(), merged.taken()));
			}
			if (!merged.conflicts().isEmpty()) {
				prompts().savedOverConflicts(label(), merged.conflicts().stream()
						.map(c -> c.equals(AuditMerge.OVERVIEW) ? Messages.Changed_overview : c.replace("@", " @ "))
						.toList());
			}
			WorkspaceSession session = UiServices.find(getSite(), WorkspaceSession.class);
			if (session != null) {
				session.contentChanged(); // the navigator shows the saved status and title
			}
		} catch (WorkspaceException e) {
			SavePrompt.saveFailed(getSite().getShell(), monitor, e.getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		// an audit lives in its folder: there is no "save as"
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return document != null && document.isDirty();
	}

	@Override
	public int promptToSaveOnClose() {
		return SavePrompt.askOnClose(getSite().getShell(), label());
	}

	@Override
	public void setFocus() {
		if (page != null) {
			page.setFocus();
		}
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(this::checkDisk);
	}

	/** Asks what to do when another program changed the audit file since it was read or saved here. */
	private void checkDisk() {
		if (checkingDisk || page == null || page.table().viewer().getControl().isDisposed()
				|| !diskState.changedOnDisk(auditFile())) {
			return;
		}
		checkingDisk = true;
		try {
			diskState = DiskState.of(auditFile());
			if (prompts().reloadChangedFile(label(), document.isDirty())) {
				Audit fresh = document.workspace().loadAudit(document.current().id());
				edits.clear();
				document.reset(fresh, fresh);
			}
		} catch (WorkspaceException | KansaDataException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Changed_title, e.getMessage());
		} finally {
			checkingDisk = false;
		}
	}

	@Override
	public boolean reveal(String itemId) {
		return page != null && page.reveal(itemId);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == ItemNavigation.class) {
			return adapter.cast(this);
		}
		return super.getAdapter(adapter);
	}

	// --- for handlers and tests -------------------------------------------------------------------------------

	public Audit audit() {
		return document.current();
	}

	public Path auditDirectory() {
		return document.workspace().auditDirectory(document.current().id());
	}

	public void recordVerdict(kansa.core.audit.Verdict verdict) {
		page.recordVerdict(verdict);
	}

	public boolean nextUnanswered() {
		return page.nextUnanswered();
	}

	private ChecklistItem selectedItem() {
		return page.table().selected();
	}

	/** Attaches the files to the selected item as a drop does: copied and hashed in a job, attached when done. */
	public void attach(List<Path> files) {
		new EditorActions(this, document, edits, locale).attach(selectedItem(), files);
	}

	/** Whether the editor's controls are gone (closed), e.g. when a background copy finishes late. */
	boolean isClosed() {
		return page == null || page.table().viewer().getControl().isDisposed();
	}

	/** 証跡を追加…: choose files in a dialog and attach them to the selected item. */
	public void chooseEvidence() {
		org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(),
				org.eclipse.swt.SWT.OPEN | org.eclipse.swt.SWT.MULTI);
		dialog.setText(Messages.Evidence_add);
		if (dialog.open() != null) {
			Path dir = Path.of(dialog.getFilterPath());
			attach(java.util.Arrays.stream(dialog.getFileNames()).map(dir::resolve).toList());
		}
	}

	/** 状態を変更…: the life-cycle dialog for this audit. */
	public void changeStatus() {
		new EditorActions(this, document, edits, locale).changeStatus();
	}

	public void addFinding() {
		new EditorActions(this, document, edits, locale).addFinding(selectedItem());
	}

	public void updateCorrectiveAction(Finding finding) {
		new EditorActions(this, document, edits, locale).updateCorrectiveAction(finding);
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeListener(onChange);
		}
		if (autosave != null) {
			// closing normally: saved, or the user chose not to save; only a crash leaves the copy behind
			autosave.stop(true);
		}
		if (undo != null) {
			undo.dispose();
			redo.dispose();
			edits.clear();
		}
		super.dispose();
	}
}
