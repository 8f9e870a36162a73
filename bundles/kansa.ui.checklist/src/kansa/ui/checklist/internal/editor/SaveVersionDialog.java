package kansa.ui.checklist.internal.editor;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import kansa.checklist.Checklists;
import kansa.ui.checklist.internal.Messages;
import kansa.workspace.Workspace;

/** 新しい版として保存: the new version (proposed as the next one) and its change note. */
final class SaveVersionDialog extends TitleAreaDialog {

	private final String currentVersion;
	private final List<String> kept;
	private Text version;
	private Text note;
	private String chosenVersion;
	private String chosenNote;

	SaveVersionDialog(Shell parent, String currentVersion, List<String> kept) {
		super(parent);
		this.currentVersion = currentVersion;
		this.kept = List.copyOf(kept);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Version_dialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Version_dialogTitle);
		setMessage(NLS.bind(Messages.Version_dialogMessage, currentVersion));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
		new Label(c, SWT.NONE).setText(Messages.Version_version);
		version = new Text(c, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(version);
		version.setText(Checklists.nextVersion(currentVersion));
		Label noteLabel = new Label(c, SWT.NONE);
		noteLabel.setText(Messages.Version_note);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(noteLabel);
		note = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 80).applyTo(note);
		version.addModifyListener(e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String v = version.getText().strip();
		String error = !Workspace.isValidVersion(v) ? NLS.bind(Messages.Import_badVersion, v)
				: !Workspace.isPortableName(v) ? NLS.bind(Messages.Import_notPortable, v)
				: v.equals(currentVersion) || kept.contains(v) ? NLS.bind(Messages.Version_exists, v) : null;
		setErrorMessage(error);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(error == null);
		}
	}

	@Override
	protected void okPressed() {
		chosenVersion = version.getText().strip();
		chosenNote = note.getText().strip();
		super.okPressed();
	}

	String version() {
		return chosenVersion;
	}

	String note() {
		return chosenNote;
	}
}
