package kansa.ui.checklist.internal.importer;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import kansa.checklist.excel.ColumnField;
import kansa.checklist.excel.ColumnMapping;
import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportException;
import kansa.checklist.excel.ImportOptions;
import kansa.checklist.excel.ImportResult;
import kansa.checklist.excel.MappingSpec;
import kansa.core.checklist.Checklist;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.ChecklistInput;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * Excel から取り込む: file and sheet, the column mapping with a preview of what it gives, then the new checklist's
 * id, title, version and standard. The wizard only reads the file (as {@code kansa checklist import --dry-run} does) until
 * Finish, which saves the checklist through the workspace and opens it in the editor.
 */
public final class ImportWizard extends Wizard {

	private final IWorkbenchWindow window;
	private final Workspace workspace;
	private final FilePage filePage = new FilePage(this);
	private final MappingPage mappingPage = new MappingPage(this);
	private final NamePage namePage = new NamePage(this);

	private Path file;
	private String sheet;
	private List<String> sheets = List.of();
	/** The columns as last read, with the user's choices applied; kept when a choice makes the import fail. */
	private List<ColumnMapping.Column> columns = List.of();
	private boolean mappingChanged;
	/** 1-based header row as Excel numbers it; null lets the importer detect it. */
	private Integer headerRow;
	private ImportResult result;
	private String error;
	private Checklist saved;
	private WorkbookReader reader;

	public ImportWizard(IWorkbenchWindow window, Workspace workspace) {
		this.window = window;
		this.workspace = workspace;
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(mappingPage);
		addPage(namePage);
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		reader = new WorkbookReader(pageContainer);
		super.createPageControls(pageContainer);
	}

	/** Reads the file with the current choices in the background, then shows the outcome on every page. */
	void read(boolean listSheets) {
		filePage.reading();
		mappingPage.reading();
		getContainer().updateButtons();
		reader.read(file, options(), listSheets, outcome -> {
			accept(outcome);
			filePage.refresh();
			mappingPage.refresh();
			getContainer().updateButtons();
		});
	}

	/** True while a read is under way; its outcome has not been shown yet. */
	public boolean isReading() {
		return reader != null && reader.isRunning();
	}

	// --- the state the pages share -----------------------------------------------------------------------------

	Workspace workspace() {
		return workspace;
	}

	Path file() {
		return file;
	}

	List<String> sheets() {
		return sheets;
	}

	String sheet() {
		return sheet;
	}

	List<ColumnMapping.Column> columns() {
		return columns;
	}

	Integer headerRow() {
		return headerRow;
	}

	/** The last successful read with the current file, sheet and mapping; null while there is none. */
	public ImportResult result() {
		return result;
	}

	/** The importer's message for the current file, sheet and mapping; null when the read succeeded. */
	public String error() {
		return error;
	}

	/** A new file (or sheet) starts from the importer's proposed mapping again. */
	void choose(Path newFile, String newSheet) {
		boolean newFileChosen = !newFile.equals(file);
		file = newFile;
		sheet = newSheet;
		columns = List.of();
		mappingChanged = false;
		headerRow = null;
		result = null;
		error = null;
		if (newFileChosen) {
			sheets = List.of();
		}
	}

	/**
	 * The header row the user gives (1-based), or null for automatic, and a new read: another header row names
	 * other columns, so the importer proposes the mapping afresh.
	 */
	void setHeaderRow(Integer row) {
		if (sheet == null && result != null) {
			sheet = result.sheet(); // stay on the sheet shown, not the one the importer would pick by itself
		}
		headerRow = row;
		columns = List.of();
		mappingChanged = false;
		read(false);
	}

	/** The user's choice for one column (0-based index); the caller reads again with {@link #options()}. */
	public void setField(int columnIndex, ColumnField field) {
		List<ColumnMapping.Column> changed = new ArrayList<>();
		for (ColumnMapping.Column c : columns) {
			changed.add(c.index() == columnIndex ? new ColumnMapping.Column(c.index(), field, c.header()) : c);
		}
		columns = List.copyOf(changed);
		mappingChanged = true;
	}

	/** What the importer is asked: sheet, header row, and every column by letter once the user changed one. */
	ImportOptions options() {
		ImportOptions o = ImportOptions.defaults().withSheet(sheet).withHeaderRow(headerRow);
		if (mappingChanged && !columns.isEmpty()) {
			Map<String, ColumnField> spec = new LinkedHashMap<>();
			columns.forEach(c -> spec.put(c.letter(), c.field()));
			o = o.withMapping(new MappingSpec(spec));
		}
		return o;
	}

	void accept(WorkbookReader.Outcome outcome) {
		if (outcome.sheets() != null) {
			sheets = outcome.sheets();
		}
		result = outcome.result();
		error = outcome.error();
		if (result != null) {
			columns = List.copyOf(new TreeMap<>(result.mapping().columns()).values());
		}
	}

	// --- finish ------------------------------------------------------------------------------------------------

	@Override
	public boolean canFinish() {
		return result != null && namePage.isPageComplete() && !isReading();
	}

	@Override
	public boolean performFinish() {
		NamePage.Naming naming = namePage.naming();
		if (namePage.checklist() == null || result == null) {
			return false;
		}
		ImportResult read = result;
		Path source = file;
		// the standard also completes bare requirement numbers, so a changed one means reading the sheet again
		String standard = naming.standard();
		ImportOptions withStandard = standard.isEmpty() || standard.equals(read.checklist().standard()) ? null
				: options().withStandard(standard);
		AtomicReference<Checklist> written = new AtomicReference<>();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(Messages.Import_title, 2);
				try {
					Checklist imported = withStandard == null ? read.checklist()
							: new ExcelImporter().read(source, withStandard).checklist();
					monitor.worked(1);
					Checklist c = naming.apply(imported);
					workspace.createChecklistVersion(c);
					written.set(c);
				} catch (ImportException | WorkspaceException | IllegalArgumentException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			namePage.setErrorMessage(NLS.bind(Messages.Import_failed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		Checklist c = written.get();
		saved = c;
		WorkspaceSession session = UiServices.find(window, WorkspaceSession.class);
		if (session != null) {
			session.contentChanged();
		}
		try {
			window.getActivePage().openEditor(new ChecklistInput(workspace.root(), c.id(),
					c.title().get(Messages.contentLocale())), ChecklistInput.EDITOR_ID);
		} catch (PartInitException e) {
			// saved all the same: the navigator lists it
			MessageDialog.openError(window.getShell(), Messages.Import_title, e.getMessage());
		}
		return true;
	}

	/** The checklist Finish saved, or null. */
	public Checklist saved() {
		return saved;
	}
}
