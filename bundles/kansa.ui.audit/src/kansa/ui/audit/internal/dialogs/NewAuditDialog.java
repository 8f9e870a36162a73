package kansa.ui.audit.internal.dialogs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import kansa.core.checklist.Checklist;
import kansa.ui.audit.internal.Messages;

/**
 * 新規監査: the checklist to run (built-in or the workspace's own), the client, the audit's name, lead auditor,
 * sites and first day. The audit keeps a snapshot of the checklist.
 */
public final class NewAuditDialog extends TitleAreaDialog {

	/** What the user entered. */
	public record Input(Checklist checklist, String client, String title, String lead, List<String> sites,
			LocalDate start) {
	}

	private final List<Checklist> checklists;
	private final List<String> clients;
	private final String preselected;
	private final Locale locale;
	private Combo checklist;
	private Combo client;
	private Text title;
	private Text lead;
	private Text sites;
	private Text start;
	private Input result;

	public NewAuditDialog(Shell parent, List<Checklist> checklists, List<String> clients, String preselected,
			Locale locale) {
		super(parent);
		this.checklists = checklists;
		this.clients = clients;
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
		Composite c = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(c);
		label(c, Messages.NewAudit_checklist);
		checklist = new Combo(c, SWT.READ_ONLY);
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
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(checklist);
		label(c, Messages.NewAudit_client);
		client = new Combo(c, SWT.DROP_DOWN);
		clients.forEach(client::add);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(client);
		title = text(c, Messages.NewAudit_auditTitle);
		title.setMessage(Messages.NewAudit_titleHint);
		lead = text(c, Messages.NewAudit_lead);
		sites = text(c, Messages.NewAudit_sites);
		sites.setMessage(Messages.NewAudit_sitesHint);
		start = text(c, Messages.NewAudit_start);
		start.setText(LocalDate.now().toString());
		client.addListener(SWT.Modify, e -> validate());
		start.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.NewAudit_ok);
		getButton(IDialogConstants.CANCEL_ID).setText(Messages.Dialog_cancel);
		validate();
	}

	private static void label(Composite c, String text) {
		new Label(c, SWT.NONE).setText(text);
	}

	private static Text text(Composite c, String label) {
		label(c, label);
		Text t = new Text(c, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
		return t;
	}

	private void validate() {
		String problem = null;
		if (checklists.isEmpty()) {
			problem = Messages.NewAudit_noChecklist;
		} else if (client.getText().isBlank()) {
			problem = Messages.NewAudit_needClient;
		} else if (!start.getText().isBlank() && date(start.getText()) == null) {
			problem = Messages.Finding_badDate;
		}
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	@Override
	protected void okPressed() {
		result = new Input(checklists.get(checklist.getSelectionIndex()), client.getText().strip(),
				title.getText().strip(), lead.getText().strip(),
				Arrays.stream(sites.getText().split("[,、，]")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
				start.getText().isBlank() ? null : date(start.getText()));
		super.okPressed();
	}

	public Input result() {
		return result;
	}
}
