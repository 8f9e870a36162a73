package kansa.ui.internal.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import kansa.core.audit.Audit;
import kansa.core.checklist.Checklist;
import kansa.core.incident.Incident;
import kansa.core.incident.IncidentLibrary;
import kansa.core.json.KansaDataException;
import kansa.ui.internal.Messages;
import kansa.ui.workspace.AuditEntry;
import kansa.ui.workspace.ChecklistEntry;
import kansa.ui.workspace.IncidentEntry;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * Reads a workspace into the navigator's tree: クライアント → 監査, チェックリスト (the workspace's own and the
 * catalogs'), 事例ライブラリ (the workspace's own cases and every library service). A file that cannot be read
 * becomes a note in the tree instead of hiding the rest.
 */
final class WorkspaceIndex {

	private WorkspaceIndex() {
	}

	static List<Object> build(Workspace ws, List<Checklist> builtIn, List<IncidentLibrary> libraries, Locale locale) {
		return List.of(clients(ws, locale), checklists(ws, builtIn, locale), incidents(ws, libraries));
	}

	private static NavigatorNode.Folder clients(Workspace ws, Locale locale) {
		Map<String, List<AuditEntry>> byClient = new TreeMap<>();
		List<Object> problems = new ArrayList<>();
		try {
			for (String id : ws.auditIds()) {
				try {
					Audit a = ws.loadAudit(id);
					int answered = (int) a.checklist().items().filter(i -> a.verdictOf(i.id()).isAssessed()).count();
					byClient.computeIfAbsent(a.client().name(), k -> new ArrayList<>()).add(new AuditEntry(ws.root(),
							a.id(), a.title(), a.client().name(), a.status(), a.checklist().title().get(locale),
							answered, a.checklist().itemCount(), a.findings().size()));
				} catch (KansaDataException | WorkspaceException | RuntimeException e) {
					problems.add(new NavigatorNode.Note(Messages.bind(Messages.Navigator_unreadable, id, e.getMessage())));
				}
			}
		} catch (WorkspaceException e) {
			problems.add(new NavigatorNode.Note(e.getMessage()));
		}
		List<Object> children = new ArrayList<>();
		byClient.forEach((client, audits) -> children.add(new NavigatorNode.ClientNode(client,
				audits.stream().sorted(Comparator.comparing(AuditEntry::id).reversed()).map(Object.class::cast).toList())));
		children.addAll(problems);
		if (children.isEmpty()) {
			children.add(new NavigatorNode.Note(Messages.Navigator_noAudits));
		}
		return new NavigatorNode.Folder(NavigatorNode.Kind.CLIENTS, children);
	}

	private static NavigatorNode.Folder checklists(Workspace ws, List<Checklist> builtIn, Locale locale) {
		List<Object> children = new ArrayList<>();
		try {
			for (String id : ws.checklistIds()) {
				try {
					Checklist c = ws.loadChecklist(id);
					children.add(new ChecklistEntry(c.id(), c.version(), c.title().get(locale), c.itemCount(), false));
				} catch (KansaDataException | WorkspaceException | RuntimeException e) {
					children.add(new NavigatorNode.Note(Messages.bind(Messages.Navigator_unreadable, id, e.getMessage())));
				}
			}
		} catch (WorkspaceException e) {
			children.add(new NavigatorNode.Note(e.getMessage()));
		}
		List<Object> catalog = builtIn.stream().map(c -> (Object) new ChecklistEntry(c.id(), c.version(),
				c.title().get(locale), c.itemCount(), true)).toList();
		if (!catalog.isEmpty()) {
			children.add(new NavigatorNode.Group(Messages.Navigator_builtIn, catalog));
		}
		return new NavigatorNode.Folder(NavigatorNode.Kind.CHECKLISTS, children);
	}

	private static NavigatorNode.Folder incidents(Workspace ws, List<IncidentLibrary> libraries) {
		List<Object> children = new ArrayList<>();
		try {
			for (String id : ws.incidentIds()) {
				try {
					children.add(entry(ws.loadIncident(id), ""));
				} catch (KansaDataException | WorkspaceException | RuntimeException e) {
					children.add(new NavigatorNode.Note(Messages.bind(Messages.Navigator_unreadable, id, e.getMessage())));
				}
			}
		} catch (WorkspaceException e) {
			children.add(new NavigatorNode.Note(e.getMessage()));
		}
		for (IncidentLibrary library : libraries) {
			String label = library.label().get(Messages.contentLocale());
			children.add(new NavigatorNode.Group(label, library.incidents().stream()
					.map(i -> (Object) entry(i, label)).toList()));
		}
		if (children.isEmpty()) {
			children.add(new NavigatorNode.Note(Messages.Navigator_noIncidents));
		}
		return new NavigatorNode.Folder(NavigatorNode.Kind.INCIDENTS, children);
	}

	private static IncidentEntry entry(Incident i, String source) {
		return new IncidentEntry(i.id(), i.organization(), i.announced(), i.cause(), source);
	}
}
