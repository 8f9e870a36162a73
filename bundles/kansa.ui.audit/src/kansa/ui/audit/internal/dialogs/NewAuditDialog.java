package kansa.ui.audit.internal.dialogs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import kansa.audit.CarryOver;
import kansa.core.audit.Audit;
import kansa.core.checklist.Checklist;
import kansa.ui.audit.internal.Messages;

/**
 * 新規監査: the checklist to run (built-in or the workspace's own), the client, the audit's name, lead auditor,
 * sites, first day and the previous audit of the client. The audit keeps a snapshot of the checklist.
 */
public final class NewAuditDialog extends TitleAreaDialog {

	/** What the user entered. */
	public record Input(Checklist checklist, String client, String title, String lead, List<String> sites,
			LocalDate start, Audit previous) {
	}

	private final List<Checklist> checklists;
	private final List<String> clients;
	private final List<Audit> audits;
	private final List<Audit> previousChoices = new ArrayList<>();
	private final String preselected;
	private final Locale locale;
	private Combo checklist;
	private Combo client;
	private Text title;
	private Text lead;
	private Text sites;
	private Text start;
	private Combo previous;
	private Input result;

	/**
	 * @param audits the workspace's audits, offered as the previous audit of the same client: its open corrective
	 *               actions are carried over and the report compares with it
	 */
	public NewAuditDialog(Shell parent, List<Checklist> checklists, List<Audit> audits, String preselected,
			Locale locale) {
		super(parent);
		this.checklists = checklists;
		this.audits = audits;
		this.clients = audits.stream().map(a -> a.client().name()).distinct().sorted().toList();
		this.preselected = preselected;
		this.locale = locale;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.NewAudit_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.NewAudit_title);
		setMessage(Messages.NewAudit_message);
		FormRows form = new FormRows(area);
		checklist = form.combo(Messages.NewAudit_checklist, SWT.READ_ONLY);
		checklists.forEach(cl -> checklist.add(cl.title().get(locale) + "  v" + cl.version() + "  ("
				+ cl.itemCount() + ")"));
		int pre = 0;
		for (int i = 0; i < checklists.size(); i++) {
			if (checklists.get(i).id().equals(preselected)) {
				pre = i;
			}
		}
		if (!checklists.isEmpty()) {
			checklist.select(pre);
		}
		client = form.combo(Messages.NewAudit_client, SWT.DROP_DOWN);
		clients.forEach(client::add);
		title = form.text(Messages.NewAudit_auditTitle);
		title.setMessage(Messages.NewAudit_titleHint);
		lead = form.text(Messages.NewAudit_lead);
		sites = form.text(Messages.NewAudit_sites);
		sites.setMessage(Messages.NewAudit_sitesHint);
		start = form.text(Messages.NewAudit_start);
		start.setText(LocalDate.now().toString());
		previous = form.combo(Messages.NewAudit_previous, SWT.READ_ONLY);
		previous.setToolTipText(Messages.NewAudit_previousTip);
		offerPrevious();
		client.addListener(SWT.Modify, e -> {
			offerPrevious();
			validate();
		});
		start.addListener(SWT.Modify, e -> validate());
		return area;
	}

	/** The client's earlier audits, newest first, the newest chosen: a follow-up audit is the usual case. */
	private void offerPrevious() {
		String name = client.getText().strip();
		List<Audit> candidates = audits.stream().filter(a -> a.client().name().equals(name))
				.sorted(Comparator.comparing((Audit a) -> a.startDate() == null ? LocalDate.MIN : a.startDate())
						.thenComparing(Audit::id).reversed())
				.toList();
		if (candidates.equals(previousChoices) && previous.getItemCount() > 0) {
			return;
		}
		previousChoices.clear();
		previousChoices.addAll(candidates);
		previous.removeAll();
		previous.add(Messages.NewAudit_noPrevious);
		for (Audit a : candidates) {
			previous.add(NLS.bind(Messages.NewAudit_previousEntry, new Object[] {
					a.title().isBlank() ? a.id() : a.title(), a.startDate() == null ? "—" : a.startDate().toString(),
					a.status().label(locale), CarryOver.openActions(a).size() }));
		}
		previous.select(candidates.isEmpty() ? 0 : 1);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.NewAudit_ok);
		getButton(IDialogConstants.CANCEL_ID).setText(Messages.Dialog_cancel);
		validate();
	}

	private void validate() {
		String problem = null;
		if (checklists.isEmpty()) {
			problem = Messages.NewAudit_noChecklist;
		} else if (client.getText().isBlank()) {
			problem = Messages.NewAudit_needClient;
		} else if (!start.getText().isBlank() && FormRows.date(start) == null) {
			problem = Messages.Finding_badDate;
		}
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		result = new Input(checklists.get(checklist.getSelectionIndex()), client.getText().strip(),
				title.getText().strip(), lead.getText().strip(),
				Arrays.stream(sites.getText().split("[,、，]")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
				start.getText().isBlank() ? null : FormRows.date(start),
				previous.getSelectionIndex() > 0 ? previousChoices.get(previous.getSelectionIndex() - 1) : null);
		super.okPressed();
	}

	public Input result() {
		return result;
	}
}
