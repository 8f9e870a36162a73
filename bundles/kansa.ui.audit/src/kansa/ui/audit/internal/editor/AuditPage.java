package kansa.ui.audit.internal.editor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import kansa.audit.AuditOperations;
import kansa.core.audit.Audit;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.ui.audit.internal.Messages;
import kansa.ui.services.IncidentRegistry;

/**
 * The audit editor's controls: header with progress and filters, the item list, and for the selected item its
 * guide, verdict, notes, evidence, findings and related incidents. Keys on the list: 1–5 and 0 record a verdict
 * (1 and 0 then move to the next unanswered item unless the user turned that off), Delete clears it, N goes to
 * the next unanswered item.
 */
final class AuditPage {

	/** What the page asks of its editor: actions that need dialogs, files or the status line. */
	interface Actions {
		/** An undoable edit; edits with the same non-null key in quick succession merge (typing). */
		void edit(String label, EditHistory.Change change, String coalesceKey);

		void attach(ChecklistItem item, List<Path> files);

		void addFinding(ChecklistItem item);

		void updateCorrectiveAction(kansa.core.audit.Finding finding);
	}

	private final AuditDocument document;
	private final Locale locale;
	private final Actions actions;
	private final IncidentRegistry incidents;
	private final Path auditDirectory;
	private final HeaderBar header;
	private final ItemTable table;
	private final ItemPanel item;
	private final EvidencePanel evidence;
	private final FindingsPanel findings;
	private final IncidentsPanel related;
	private final CTabFolder tabs;

	AuditPage(Composite parent, AuditDocument document, Path auditDirectory, Locale locale, Actions actions,
			IncidentRegistry incidents) {
		this.document = document;
		this.locale = locale;
		this.actions = actions;
		this.incidents = incidents;
		this.auditDirectory = auditDirectory;
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		header = new HeaderBar(parent, document.current(), locale);

		SashForm main = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(main);
		table = new ItemTable(main, document, locale);
		SashForm right = new SashForm(main, SWT.VERTICAL);
		item = new ItemPanel(right, locale, this::recordVerdict, this::recordNotes);
		tabs = new CTabFolder(right, SWT.BORDER | SWT.FLAT);
		evidence = new EvidencePanel(tabs, locale, files -> actions.attach(table.selected(), files));
		findings = new FindingsPanel(tabs, locale, () -> actions.addFinding(table.selected()),
				actions::updateCorrectiveAction);
		related = new IncidentsPanel(tabs);
		tab(Messages.Tab_evidence, evidence.control());
		tab(Messages.Tab_findings, findings.control());
		tab(Messages.Tab_incidents, related.control());
		tabs.setSelection(0);
		right.setWeights(13, 7);
		main.setWeights(11, 9);

		table.viewer().getTable().addListener(SWT.KeyDown, this::onKey);
		EvidencePanel.acceptDrops(table.viewer().getControl(), this::dropOnRow);
		table.onSelection(i -> showSelected());
		header.onFilterChanged(this::applyFilters);
		header.onSiteChanged(() -> document.setSite(header.selectedSite()));
		header.onNext(this::nextUnanswered);
		refresh();
		List<ChecklistItem> visible = table.visible();
		if (!visible.isEmpty()) {
			table.select(visible.get(0));
		}
	}

	private void tab(String text, org.eclipse.swt.widgets.Control control) {
		CTabItem tab = new CTabItem(tabs, SWT.NONE);
		tab.setText(text);
		tab.setControl(control);
	}

	/** Re-reads everything shown from the document (after any change). */
	void refresh() {
		int[] p = document.progress();
		Audit a = document.current();
		header.update(a.client().name() + " — " + (a.title().isBlank() ? a.id() : a.title()) + "  ("
				+ a.status().label(locale) + ")", p[0], p[1]);
		table.refresh();
		showSelected();
	}

	private void showSelected() {
		ChecklistItem selected = table.selected();
		ItemResult result = selected == null ? null : document.result(selected.id());
		item.show(selected, result);
		evidence.show(auditDirectory, result == null ? List.of() : result.evidence(), selected != null);
		findings.show(result == null ? List.of() : result.findings(), selected != null);
		String checklistId = document.current().checklist().id();
		related.show(selected == null ? null : selected.id(), selected == null || incidents == null ? List.of()
				: incidents.incidentsFor(checklistId, selected.id()), incidents != null && !incidents.all().isEmpty());
	}

	void applyFilters() {
		table.filter().setVerdict(header.verdictChoice());
		table.filter().setSection(header.section());
		table.refresh();
		if (table.selected() == null && !table.visible().isEmpty()) {
			table.select(table.visible().get(0));
		}
		showSelected();
	}

	private void onKey(Event e) {
		if ((e.stateMask & SWT.MODIFIER_MASK) != 0) {
			return; // Ctrl+S, Ctrl+Z and friends belong to the workbench
		}
		char c = Character.toLowerCase(e.character);
		Verdict v = VerdictKeys.verdictFor(c);
		if (v != null) {
			recordVerdict(v);
			e.doit = false;
			// a nonconformity, observation or improvement is followed by its finding: stay on the item for it
			if (header.advanceAfterVerdict() && (v == Verdict.CONFORMING || v == Verdict.NOT_APPLICABLE)) {
				nextUnanswered();
			}
		} else if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
			recordVerdict(Verdict.NOT_ASSESSED);
			e.doit = false;
		} else if (c == VerdictKeys.NEXT_UNANSWERED) {
			nextUnanswered();
			e.doit = false;
		}
	}

	/** Files dropped on a row go to that row's item (which becomes selected). */
	private void dropOnRow(Object row, List<Path> files) {
		if (row instanceof ChecklistItem target) {
			table.select(target);
		}
		actions.attach(table.selected(), files);
	}

	/** Records a verdict for the selected item at the current site. */
	void recordVerdict(Verdict verdict) {
		ChecklistItem selected = table.selected();
		if (selected == null) {
			return;
		}
		String label = NLS.bind(Messages.Edit_verdict, selected.number().isEmpty() ? selected.id() : selected.number(),
				verdict.label(locale));
		actions.edit(label, a -> AuditOperations.recordVerdict(a, selected.id(), document.site(), verdict, null, null,
				Instant.now()), null);
	}

	private void recordNotes(String notes) {
		ChecklistItem selected = table.selected();
		if (selected == null) {
			return;
		}
		String label = NLS.bind(Messages.Edit_notes, selected.number().isEmpty() ? selected.id() : selected.number());
		String site = document.site();
		Verdict current = document.result(selected.id()).verdict();
		actions.edit(label, a -> AuditOperations.recordVerdict(a, selected.id(), site, current, notes, null,
				Instant.now()), "notes:" + selected.id() + "@" + site);
	}

	/** Selects the next item without a verdict; false when every item has one. */
	boolean nextUnanswered() {
		boolean found = table.selectNextUnanswered(() -> {
			header.resetFilters();
			applyFilters();
		});
		table.viewer().getControl().setFocus();
		return found;
	}

	boolean reveal(String itemId) {
		ChecklistItem target = document.current().checklist().item(itemId).orElse(null);
		if (target == null) {
			return false;
		}
		if (!table.filter().matches(target)) {
			header.resetFilters();
			applyFilters();
		}
		table.select(target);
		return true;
	}

	ItemTable table() {
		return table;
	}

	void setFocus() {
		table.viewer().getControl().setFocus();
	}
}
