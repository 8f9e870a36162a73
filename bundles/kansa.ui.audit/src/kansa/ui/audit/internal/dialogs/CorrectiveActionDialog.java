package kansa.ui.audit.internal.dialogs;

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

import kansa.core.audit.CorrectiveAction;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.ui.audit.internal.Messages;

/** 是正処置を更新: move a corrective-action request on (未回答 → 回答受領 → 有効性確認済 → 完了), with the response. */
public final class CorrectiveActionDialog extends TitleAreaDialog {

	/** What the user chose. */
	public record Input(CorrectiveActionStatus status, String response) {
	}

	private final CorrectiveAction action;
	private final Locale locale;
	private final List<CorrectiveActionStatus> statuses = List.of(CorrectiveActionStatus.values());
	private Combo status;
	private Text response;
	private Input result;

	public CorrectiveActionDialog(Shell parent, CorrectiveAction action, Locale locale) {
		super(parent);
		this.action = action;
		this.locale = locale;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Action_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Action_heading, action.id()));
		setMessage(action.request().isEmpty() ? Messages.Action_message : action.request());
		FormRows form = new FormRows(area);
		status = form.combo(Messages.Action_status, SWT.READ_ONLY);
		statuses.forEach(s -> status.add(s.label(locale)));
		status.select(statuses.indexOf(action.status()));
		response = form.text(Messages.Action_response, 5);
		response.setText(action.response());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.Action_ok);
		getButton(IDialogConstants.CANCEL_ID).setText(Messages.Dialog_cancel);
	}

	@Override
	protected void okPressed() {
		result = new Input(statuses.get(status.getSelectionIndex()), response.getText().strip());
		super.okPressed();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	public Input result() {
		return result;
	}
}
