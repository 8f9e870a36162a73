package kansa.ui.audit.internal.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.service.component.annotations.Component;

import kansa.core.audit.Audit;
import kansa.ui.audit.AuditEntry;
import kansa.ui.audit.AuditInput;
import kansa.ui.audit.internal.Messages;
import kansa.ui.checklist.ChecklistEntry;
import kansa.ui.details.DetailRow;
import kansa.ui.details.DetailsContribution;
import kansa.ui.navigator.NavigatorContribution;
import kansa.ui.navigator.NavigatorFolder;
import kansa.ui.navigator.NavigatorLabel;
import kansa.ui.navigator.NavigatorNote;
import kansa.ui.navigator.WorkspaceReads;
import kansa.ui.resources.Icons;
import kansa.workspace.Workspace;

/**
 * The navigator's クライアント → 監査 folder and the details of an audit. Opening an audit opens its editor;
 * opening a built-in checklist starts a new audit from it (a built-in checklist is read-only: auditing with it
 * is what it is for).
 */
@Component(service = { NavigatorContribution.class, DetailsContribution.class })
public final class AuditsContribution implements NavigatorContribution, DetailsContribution {

	/** The command a built-in checklist's double-click runs. */
	static final String NEW_AUDIT_COMMAND = "kansa.ui.audit.new";

	@Override
	public int position() {
		return 100;
	}

	@Override
	public List<Object> roots(Workspace ws, Locale locale) {
		Map<String, List<AuditEntry>> byClient = new TreeMap<>();
		List<Object> children = new ArrayList<>();
		List<Object> problems = new ArrayList<>();
		for (Object line : WorkspaceReads.each(ws::auditIds, ws::loadAudit, a -> entry(ws, a, locale))) {
			if (line instanceof AuditEntry e) {
				byClient.computeIfAbsent(e.client(), k -> new ArrayList<>()).add(e);
			} else {
				problems.add(line);
			}
		}
		byClient.forEach((client, audits) -> children.add(new NavigatorFolder("kansa.ui.audit.client:" + client,
				client, Icons.descriptor(AuditsContribution.class, "client"),
				audits.stream().sorted(Comparator.comparing(AuditEntry::id).reversed()).map(Object.class::cast)
						.toList())));
		children.addAll(problems);
		if (children.isEmpty()) {
			children.add(new NavigatorNote(Messages.Navigator_noAudits));
		}
		return List.of(new NavigatorFolder("kansa.ui.audit.clients", Messages.Navigator_clients, null, children));
	}

	private static AuditEntry entry(Workspace ws, Audit a, Locale locale) {
		int answered = (int) a.checklist().items().filter(i -> a.verdictOf(i.id()).isAssessed()).count();
		return new AuditEntry(ws.root(), a.id(), a.title(), a.client().name(), a.status(),
				a.checklist().title().get(locale), answered, a.checklist().itemCount(), a.findings().size());
	}

	@Override
	public NavigatorLabel label(Object element) {
		if (!(element instanceof AuditEntry a)) {
			return null;
		}
		String status = a.status() == null ? "" : a.status().label(Messages.contentLocale());
		return new NavigatorLabel(a.title().isBlank() ? a.id() : a.title(),
				NLS.bind(Messages.Navigator_auditState, new Object[] { status, a.answered(), a.total() }),
				Icons.descriptor(AuditsContribution.class, "audit"));
	}

	@Override
	public boolean open(Object element, IWorkbenchPage page) throws CoreException {
		if (element instanceof AuditEntry audit) {
			page.openEditor(audit.input(), AuditInput.EDITOR_ID);
			return true;
		}
		if (element instanceof ChecklistEntry checklist && checklist.builtIn()) {
			try {
				// the handler reads the checklist from the navigator's selection
				page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(NEW_AUDIT_COMMAND, null);
			} catch (CommandException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			}
			return true;
		}
		return false;
	}

	@Override
	public IEditorPart openDocument(Workspace ws, String id, IWorkbenchPage page) throws PartInitException {
		return ws.hasAudit(id) ? page.openEditor(new AuditInput(ws.root(), id, id), AuditInput.EDITOR_ID) : null;
	}

	@Override
	public List<DetailRow> rows(Object element) {
		if (!(element instanceof AuditEntry a)) {
			return List.of();
		}
		return List.of(new DetailRow(Messages.Details_auditTitle, a.title()),
				new DetailRow(Messages.Details_client, a.client()),
				new DetailRow(Messages.Details_status,
						a.status() == null ? "" : a.status().label(Messages.contentLocale())),
				new DetailRow(Messages.Details_checklist, a.checklist()),
				new DetailRow(Messages.Details_progress, a.answered() + " / " + a.total()),
				new DetailRow(Messages.Details_findings, Integer.toString(a.findings())),
				new DetailRow(Messages.Details_id, a.id()),
				new DetailRow(Messages.Details_folder, a.workspaceRoot().resolve("audits").resolve(a.id()).toString()));
	}
}
