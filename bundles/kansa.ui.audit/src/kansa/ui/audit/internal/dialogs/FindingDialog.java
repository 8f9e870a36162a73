package kansa.ui.audit.internal.dialogs;

import java.time.LocalDate;
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

import kansa.core.audit.FindingGrade;
import kansa.ui.audit.internal.Messages;

/**
 * 指摘事項を追加: grade, statement, what was seen; for a nonconformity also the root cause, the corrective-action
 * request, its owner and due date. OK stays disabled until the statement is there and the date is valid.
 */
public final class FindingDialog extends TitleAreaDialog {

	/** What the user entered. */
	public record Input(FindingGrade grade, String statement, String evidence, String rootCause, String request,
			String owner, LocalDate due) {
	}

	private static final List<FindingGrade> GRADES = List.of(FindingGrade.MINOR_NONCONFORMITY,
			FindingGrade.MAJOR_NONCONFORMITY, FindingGrade.OBSERVATION, FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT);

	private final String itemLabel;
	private final FindingGrade proposed;
	private final Locale locale;
	private Combo grade;
	private Text statement;
	private Text evidence;
	private Text cause;
	private Text request;
	private Text owner;
	private Text due;
	private Input result;

	/**
	 * @param proposed the grade first selected: the one matching the item's verdict, so that a finding on a
	 *                 重大な不適合 is not filed as 軽微 by accident
	 */
	public FindingDialog(Shell parent, String itemLabel, FindingGrade proposed, Locale locale) {
		super(parent);
		this.itemLabel = itemLabel;
		this.proposed = proposed == null ? FindingGrade.MINOR_NONCONFORMITY : proposed;
		this.locale = locale;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Finding_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Finding_title);
		setMessage(NLS.bind(Messages.Finding_message, itemLabel));
		FormRows form = new FormRows(area);
		grade = form.combo(Messages.Finding_grade, SWT.READ_ONLY);
		GRADES.forEach(g -> grade.add(g.label(locale)));
		grade.select(GRADES.indexOf(proposed));
		statement = form.text(Messages.Finding_statement, 3);
		evidence = form.text(Messages.Finding_evidence, 2);
		cause = form.text(Messages.Finding_cause, 2);
		request = form.text(Messages.Finding_request, 2);
		owner = form.text(Messages.Finding_owner);
		due = form.text(Messages.Finding_due);
		due.setMessage("2026-12-31");
		grade.addListener(SWT.Selection, e -> validate());
		statement.addListener(SWT.Modify, e -> validate());
		due.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.Finding_ok);
		getButton(IDialogConstants.CANCEL_ID).setText(Messages.Dialog_cancel);
		validate();
	}

	private FindingGrade selectedGrade() {
		return GRADES.get(Math.max(0, grade.getSelectionIndex()));
	}

	private void validate() {
		boolean car = selectedGrade().requiresCorrectiveAction();
		cause.setEnabled(car); // a root cause is analysed for nonconformities only
		request.setEnabled(car);
		owner.setEnabled(car);
		due.setEnabled(car);
		String problem = null;
		if (statement.getText().isBlank()) {
			problem = Messages.Finding_needStatement;
		} else if (car && !due.getText().isBlank() && FormRows.date(due) == null) {
			problem = Messages.Finding_badDate;
		}
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		boolean car = selectedGrade().requiresCorrectiveAction();
		result = new Input(selectedGrade(), statement.getText().strip(), evidence.getText().strip(),
				car ? cause.getText().strip() : "", car ? request.getText().strip() : "", car ? owner.getText().strip() : "",
				car && !due.getText().isBlank() ? FormRows.date(due) : null);
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
