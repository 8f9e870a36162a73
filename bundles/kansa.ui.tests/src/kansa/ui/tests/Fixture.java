package kansa.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import kansa.core.audit.Audit;
import kansa.core.checklist.Checklist;
import kansa.ui.audit.internal.dialogs.NewAuditDialog;
import kansa.ui.audit.internal.editor.AuditEditor;
import kansa.ui.audit.internal.handlers.NewAuditHandler;
import kansa.ui.checklist.internal.editor.ChecklistEditorPart;
import kansa.ui.internal.handlers.WorkspaceSwitcher;
import kansa.ui.services.CatalogRegistry;
import kansa.ui.audit.AuditInput;
import kansa.ui.checklist.ChecklistInput;
import kansa.ui.services.UiServices;
import kansa.ui.session.WorkspaceSession;
import kansa.workspace.Workspace;

/** A fresh workspace per test, opened in the running workbench, and an audit created from the ISMS catalog. */
final class Fixture {

	static final String ISMS = "iso27001-2022";

	final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	final IWorkbenchPage page = window.getActivePage();
	final Path root;
	final Workspace workspace;

	Fixture() throws IOException {
		root = Files.createTempDirectory("kansa-ui-test");
		if (!WorkspaceSwitcher.switchTo(window, root)) {
			throw new IllegalStateException("could not open the workspace " + root);
		}
		workspace = UiServices.get(window, WorkspaceSession.class).current().orElseThrow();
	}

	Checklist ismsChecklist() {
		CatalogRegistry catalogs = UiServices.get(window, CatalogRegistry.class);
		UiWait.until(() -> catalogs.checklist(ISMS).isPresent(), () -> "the ISMS catalog service");
		return catalogs.checklist(ISMS).orElseThrow();
	}

	/** Creates an audit as the 新規監査 dialog's OK does. */
	Audit newAudit(String client) throws Exception {
		Audit audit = NewAuditHandler.create(workspace, new NewAuditDialog.Input(ismsChecklist(), client, "",
				"山田 太郎", List.of(), LocalDate.of(2026, 11, 24), null));
		UiServices.get(window, WorkspaceSession.class).contentChanged();
		return audit;
	}

	AuditEditor open(String auditId) throws PartInitException {
		IEditorPart part = page.openEditor(new AuditInput(root, auditId, auditId), AuditInput.EDITOR_ID);
		UiWait.settle(100);
		return (AuditEditor) part;
	}

	ChecklistEditorPart openChecklist(String checklistId) throws PartInitException {
		IEditorPart part = page.openEditor(new ChecklistInput(root, checklistId, checklistId), ChecklistInput.EDITOR_ID);
		UiWait.settle(100);
		return (ChecklistEditorPart) part;
	}

	void close() throws IOException {
		page.closeAllEditors(false);
		UiWait.settle(50);
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
