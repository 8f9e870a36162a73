package kansa.ui.audit.internal.dialogs;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import kansa.audit.AuditLifecycle;
import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.ui.audit.internal.Messages;

/**
 * 状態を変更: the four statuses of the life cycle, each that cannot be chosen now greyed out with what stands in the
 * way underneath (unjudged items, nonconformities without a finding, open corrective actions), so the auditor sees
 * what is left to do instead of a refusal after the fact.
 */
public final class StatusDialog extends TitleAreaDialog {

	private final Audit audit;
	private final Locale locale;
	private final Map<AuditStatus, Button> choices = new EnumMap<>(AuditStatus.class);
	private AuditStatus result;

	public StatusDialog(Shell parent, Audit audit, Locale locale) {
		super(parent);
		this.audit = audit;
		this.locale = locale;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Status_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Status_heading, audit.title().isBlank() ? audit.client().name() : audit.title()));
		setMessage(NLS.bind(Messages.Status_message, audit.status().label(locale)));
		Composite list = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
		GridLayoutFactory.swtDefaults().margins(12, 10).spacing(6, 4).applyTo(list);
		for (AuditStatus s : AuditStatus.values()) {
			Button b = new Button(list, SWT.RADIO);
			b.setText(s.label(locale));
			b.setData(s);
			choices.put(s, b);
			List<String> problems = s == audit.status() ? List.of()
					: AuditLifecycle.reasons(audit, s).stream().map(r -> r.render(locale)).toList();
			b.setEnabled(problems.isEmpty());
			b.setSelection(s == audit.status());
			b.addListener(SWT.Selection, e -> updateOk());
			if (!problems.isEmpty()) {
				Label why = new Label(list, SWT.WRAP);
				why.setText("・" + String.join("\n・", problems));
				why.setEnabled(false);
				GridDataFactory.fillDefaults().grab(true, false).indent(22, 0).hint(440, SWT.DEFAULT).applyTo(why);
			}
		}
		return area;
	}

	private void updateOk() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(selected() != audit.status());
		}
	}

	private AuditStatus selected() {
		return choices.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(audit.status());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.Status_ok);
		getButton(IDialogConstants.CANCEL_ID).setText(Messages.Dialog_cancel);
		updateOk();
	}

	@Override
	protected void okPressed() {
		result = selected();
		super.okPressed();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** The status chosen, or null when cancelled. */
	public AuditStatus result() {
		return result;
	}
}
