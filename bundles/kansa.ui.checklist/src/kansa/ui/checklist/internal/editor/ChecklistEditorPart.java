package kansa.ui.checklist.internal.editor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

import kansa.checklist.ChecklistValidator;
import kansa.checklist.edit.ChecklistEditor;
import kansa.checklist.edit.EditCommand;
import kansa.checklist.edit.EditException;
import kansa.checklist.edit.Edits;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.Section;
import kansa.core.json.KansaDataException;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.history.HistoryDialog;
import kansa.ui.services.CatalogRegistry;
import kansa.ui.checklist.ChecklistInput;
import kansa.ui.editors.ItemNavigation;
import kansa.ui.editors.SavePrompt;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * The editor of a workspace checklist: the tree of sections and items, the selected item's details and the
 * validator's problems. Every change is a command of kansa.checklist's {@link ChecklistEditor}, so the workbench's
 * undo and redo (Ctrl+Z, Ctrl+Y) walk back and forth through them; Save writes the checklist through
 * {@link Workspace#saveChecklist}, which keeps its versions.
 */
public final class ChecklistEditorPart extends EditorPart implements ItemNavigation, ISaveablePart2 {

	public static final String ID = ChecklistInput.EDITOR_ID;

	private final Locale locale = Messages.contentLocale();
	private final Consumer<Checklist> onChange = c -> changed();
	private Workspace workspace;
	private Checklist saved;
	private ChecklistEditor editor;
	private ChecklistValidator validator;
	private UndoRedoAction undo;
	private UndoRedoAction redo;
	private ChecklistTree tree;
	private ItemForm form;
	private ProblemList problems;
	private boolean lastDirty;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ChecklistInput checklistInput)) {
			throw new PartInitException("not a workspace checklist: " + input);
		}
		setSite(site);
		setInput(input);
		try {
			workspace = Workspace.open(checklistInput.workspaceRoot());
			saved = workspace.loadChecklist(checklistInput.checklistId());
		} catch (WorkspaceException | KansaDataException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		CatalogRegistry catalogs = UiServices.find(site, CatalogRegistry.class);
		validator = new ChecklistValidator(id -> other(catalogs, id));
		editor = new ChecklistEditor(saved);
		editor.addListener(onChange);
		undo = new UndoRedoAction(editor, true);
		redo = new UndoRedoAction(editor, false);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		setPartName(saved.title().get(locale));
		setTitleToolTip(checklistInput.getToolTipText());
	}

	private Optional<Checklist> other(CatalogRegistry catalogs, String id) {
		if (editor != null && editor.current().id().equals(id)) {
			return Optional.of(editor.current());
		}
		Optional<Checklist> builtIn = catalogs == null ? Optional.empty() : catalogs.checklist(id);
		if (builtIn.isPresent() || !workspace.hasChecklist(id)) {
			return builtIn;
		}
		try {
			return Optional.of(workspace.loadChecklist(id));
		} catch (WorkspaceException | KansaDataException e) {
			return Optional.empty();
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm vertical = new SashForm(parent, SWT.VERTICAL);
		SashForm horizontal = new SashForm(vertical, SWT.HORIZONTAL);
		tree = new ChecklistTree(horizontal, editor.current(), locale, this::execute);
		form = new ItemForm(horizontal, locale, this::execute);
		horizontal.setWeights(3, 2);
		problems = new ProblemList(vertical, this::reveal);
		vertical.setWeights(4, 1);
		tree.viewer().addSelectionChangedListener(e -> form.show(resolve(tree.selected())));
		new StructureMenu(tree, new MenuTarget()); // installs itself as the tree's context menu
		getSite().setSelectionProvider(tree.viewer());
		changed();
	}

	/** Runs one authoring step; a refused step leaves the checklist as it was and says why. */
	public boolean execute(EditCommand command) {
		try {
			editor.execute(command);
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
			return true;
		} catch (EditException e) {
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
			MessageDialog.openWarning(getSite().getShell(), Messages.Edit_refusedTitle, e.getMessage());
			return false;
		}
	}

	/** What the tree's context menu does in this editor. */
	private final class MenuTarget implements StructureMenu.Target {
		@Override
		public Checklist checklist() {
			return editor.current();
		}

		@Override
		public Object selected() {
			return resolve(tree.selected());
		}

		@Override
		public boolean run(StructureEdits edit) {
			if (!execute(edit.command())) {
				return false;
			}
			if (edit.newId() != null && tree.reveal(edit.newId())) {
				tree.viewer().editElement(tree.selected(), 1);
			}
			return true;
		}

		@Override
		public void saveAsNewVersion() {
			List<String> kept;
			try {
				kept = workspace.checklistVersions(editor.current().id());
			} catch (WorkspaceException e) {
				MessageDialog.openError(getSite().getShell(), Messages.Save_failedTitle, e.getMessage());
				return;
			}
			SaveVersionDialog dialog = new SaveVersionDialog(getSite().getShell(), editor.current().version(), kept);
			if (dialog.open() == Window.OK) {
				ChecklistEditorPart.this.saveAsNewVersion(dialog.version(), dialog.note());
			}
		}

		@Override
		public void showHistory() {
			historyDialog(true);
		}
	}

	/** Sets the version and change note (one undoable step) and saves; the previous version stays in the history. */
	public boolean saveAsNewVersion(String version, String changeNote) {
		Checklist c = editor.current();
		if (!execute(Edits.editProperties(c.title(), c.description(), version, changeNote))) {
			return false;
		}
		doSave(null);
		return !isDirty();
	}

	/** Opens 履歴と差分 on this checklist's kept versions and the content being edited. */
	public HistoryDialog historyDialog(boolean block) {
		HistoryDialog dialog = new HistoryDialog(getSite().getShell(), workspace, editor::current);
		dialog.setBlockOnOpen(block);
		dialog.open();
		return dialog;
	}

	private void changed() {
		Checklist c = editor.current();
		undo.update();
		redo.update();
		if (tree != null) {
			tree.show(c);
			form.show(resolve(tree.selected()));
			problems.show(validator.validate(c));
			getEditorSite().getActionBars().getStatusLineManager().setMessage(
					NLS.bind(Messages.Status_summary, new Object[] { c.title().get(locale), c.version(), c.itemCount() }));
		}
		if (lastDirty != isDirty()) {
			lastDirty = isDirty();
			firePropertyChange(IEditorPart.PROP_DIRTY);
		}
	}

	/** The element as it is in the current checklist (the tree may still hold the one from before an edit). */
	private Object resolve(Object element) {
		Checklist c = editor.current();
		if (element instanceof ChecklistItem i) {
			return c.item(i.id()).orElse(null);
		}
		if (element instanceof Section s) {
			return c.sections().stream().flatMap(Section::allSections).filter(x -> x.id().equals(s.id())).findFirst()
					.orElse(null);
		}
		return null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (form != null) {
			form.commitAll();
		}
		try {
			Checklist current = editor.current();
			workspace.saveChecklist(current);
			saved = current;
			setPartName(current.title().get(locale));
			changed();
			WorkspaceSession session = UiServices.find(getSite(), WorkspaceSession.class);
			if (session != null) {
				session.contentChanged();
			}
		} catch (WorkspaceException e) {
			SavePrompt.saveFailed(getSite().getShell(), monitor, e.getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		// a workspace checklist is saved under its id; a copy is made with カタログから派生
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return editor != null && !editor.current().equals(saved);
	}

	@Override
	public int promptToSaveOnClose() {
		return SavePrompt.askOnClose(getSite().getShell(), getPartName());
	}

	@Override
	public void setFocus() {
		if (tree != null) {
			tree.viewer().getControl().setFocus();
		}
	}

	@Override
	public boolean reveal(String id) {
		return tree != null && tree.reveal(id);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == ItemNavigation.class) {
			return adapter.cast(this);
		}
		return super.getAdapter(adapter);
	}

	// --- for tests --------------------------------------------------------------------------------------------

	/** The checklist with every edit so far. */
	public Checklist checklist() {
		return editor.current();
	}

	/** The move a drop of {@code dragged} on {@code target} means (location as ViewerDropAdapter's constants). */
	public Optional<EditCommand> dropCommand(Object dragged, Object target, int location) {
		return TreeDrop.move(editor.current(), dragged, target, location);
	}

	@Override
	public void dispose() {
		if (editor != null) {
			editor.removeListener(onChange);
		}
		super.dispose();
	}
}
