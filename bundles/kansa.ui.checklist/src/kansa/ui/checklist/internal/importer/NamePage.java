package kansa.ui.checklist.internal.importer;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kansa.checklist.Checklists;
import kansa.checklist.excel.ImportResult;
import kansa.core.checklist.Checklist;
import kansa.core.text.Language;
import kansa.core.text.LocalizedText;
import kansa.ui.checklist.internal.Messages;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * Page 3: id, title, version and standard of the new checklist, proposed from the sheet (its チェックリスト情報 or
 * the file name; the standard only from チェックリスト情報, as the CLI without --standard). As the CLI does, an existing id is imported as a new version of that checklist, never over a kept one.
 */
public final class NamePage extends WizardPage {

	private final ImportWizard wizard;
	private Text id;
	private Text title;
	private Text version;
	private Text standard;
	private ImportResult proposedFrom;

	NamePage(ImportWizard wizard) {
		super("name");
		this.wizard = wizard;
		setTitle(Messages.Import_namePageTitle);
		setMessage(Messages.Import_namePageMessage);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
		id = field(c, Messages.Import_id);
		new Label(c, SWT.NONE);
		Label hint = new Label(c, SWT.NONE);
		hint.setText(Messages.Import_idHint);
		title = field(c, Messages.Import_checklistTitle);
		version = field(c, Messages.Import_version);
		standard = field(c, Messages.Import_standard);
		new Label(c, SWT.NONE);
		new Label(c, SWT.NONE).setText(Messages.Import_standardHint);
		setControl(c);
	}

	private Text field(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> validate());
		return text;
	}

	@Override
	public void setVisible(boolean visible) {
		ImportResult r = wizard.result();
		if (visible && r != null && r != proposedFrom) {
			// a new read (another file, sheet or mapping) proposes its own names, as long as the user kept ours
			boolean untouched = proposedFrom == null || sameAs(proposedFrom);
			proposedFrom = r;
			if (untouched) {
				id.setText(r.checklist().id());
				title.setText(r.checklist().title().get(Messages.contentLocale()));
				version.setText(r.checklist().version());
				standard.setText(r.checklist().standard());
			}
		}
		super.setVisible(visible);
		if (visible) {
			validate();
			id.setFocus();
		}
	}

	private boolean sameAs(ImportResult r) {
		return id.getText().equals(r.checklist().id()) && version.getText().equals(r.checklist().version())
				&& title.getText().equals(r.checklist().title().get(Messages.contentLocale()))
				&& standard.getText().equals(r.checklist().standard());
	}

	private void validate() {
		String problem = problem();
		String note = problem == null ? existingNote() : null;
		setErrorMessage(problem);
		setMessage(note == null ? Messages.Import_namePageMessage : note,
				note == null ? NONE : INFORMATION);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (wizard.result() == null) {
			return wizard.error();
		}
		if (title.getText().isBlank()) {
			return Messages.Import_emptyTitle;
		}
		if (checklist() == null) {
			return NLS.bind(Messages.Import_badId, id.getText().strip());
		}
		String v = version.getText().strip();
		if (!Workspace.isValidVersion(v)) {
			return NLS.bind(Messages.Import_badVersion, v);
		}
		String existing = id.getText().strip();
		for (String name : List.of(existing, v)) {
			if (!Workspace.isPortableName(name)) {
				return NLS.bind(Messages.Import_notPortable, name);
			}
		}
		try {
			if (wizard.workspace().hasChecklist(existing)
					&& wizard.workspace().checklistVersions(existing).contains(v)) {
				return NLS.bind(Messages.Import_exists, new Object[] { existing, v, Checklists.nextVersion(
						wizard.workspace().loadChecklist(existing).version()) });
			}
		} catch (WorkspaceException | kansa.core.json.KansaDataException e) {
			return e.getMessage();
		}
		return null;
	}

	private String existingNote() {
		String existing = id.getText().strip();
		return wizard.workspace().hasChecklist(existing)
				? NLS.bind(Messages.Import_newVersionOf, existing, version.getText().strip())
				: null;
	}

	/** The checklist Finish saves as far as it is known here; null when this page's values are invalid. */
	Checklist checklist() {
		ImportResult r = wizard.result();
		if (r == null) {
			return null;
		}
		try {
			return naming().apply(r.checklist());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** This page's values, taken on the UI thread for Finish to apply to the import in the background. */
	Naming naming() {
		return new Naming(id.getText().strip(), title.getText().strip(), version.getText().strip(),
				standard.getText().strip());
	}

	/** Id, title (in the UI's language), version and standard as typed; a blank standard keeps the import's. */
	record Naming(String id, String title, String version, String standard) {

		/** The import named so; throws IllegalArgumentException when the id or version cannot be used. */
		Checklist apply(Checklist c) {
			// the title typed is in the UI's language; the other language keeps what the sheet had
			LocalizedText t = Language.of(Messages.contentLocale()) == Language.JA ? LocalizedText.of(title, c.title().en())
					: LocalizedText.of(c.title().ja().isEmpty() ? title : c.title().ja(), title);
			return new Checklist(id, version, t, standard.isEmpty() ? c.standard() : standard, c.edition(),
					c.description(), c.derivedFrom(), c.changeNote(), c.sections());
		}
	}
}
