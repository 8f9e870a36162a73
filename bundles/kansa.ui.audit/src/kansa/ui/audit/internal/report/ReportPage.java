package kansa.ui.audit.internal.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kansa.core.report.ReportGenerator;
import kansa.core.text.Language;
import kansa.ui.audit.internal.Messages;

/** The report wizard's page: formats, language, template folder (optional), output folder, open when done. */
final class ReportPage extends WizardPage {

	private final List<ReportGenerator> generators;
	private final Path defaultFolder;
	private final Locale uiLocale;
	private final List<Button> formatButtons = new ArrayList<>();
	private Button japanese;
	private Text template;
	private Text folder;
	private Button open;
	private Button draft;
	private final int unanswered;

	/** @param unanswered items still 未評価: the report is then a draft whatever the user chooses */
	ReportPage(List<ReportGenerator> generators, Path defaultFolder, Locale uiLocale, int unanswered) {
		super("report");
		this.unanswered = unanswered;
		this.generators = generators;
		this.defaultFolder = defaultFolder;
		this.uiLocale = uiLocale;
		setTitle(Messages.Report_pageTitle);
		setDescription(Messages.Report_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(8, 8).applyTo(c);

		Group formats = group(c, Messages.Report_formats);
		for (ReportGenerator g : generators) {
			Button b = new Button(formats, SWT.CHECK);
			b.setText(g.label().get(uiLocale) + "  (." + g.fileExtension() + ")");
			b.setSelection(true);
			b.addListener(SWT.Selection, e -> validate());
			formatButtons.add(b);
		}
		if (generators.isEmpty()) {
			new Label(formats, SWT.WRAP).setText(Messages.Report_noFormats);
		}

		Group language = group(c, Messages.Report_language);
		japanese = new Button(language, SWT.RADIO);
		japanese.setText(Messages.Report_japanese);
		japanese.setSelection(true);
		new Button(language, SWT.RADIO).setText(Messages.Report_english);

		new Label(c, SWT.NONE).setText(Messages.Report_template);
		template = new Text(c, SWT.BORDER);
		template.setMessage(Messages.Report_templateHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(template);
		browse(c, template);

		new Label(c, SWT.NONE).setText(Messages.Report_folder);
		folder = new Text(c, SWT.BORDER);
		folder.setText(defaultFolder.toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(folder);
		folder.addListener(SWT.Modify, e -> validate());
		browse(c, folder);

		draft = new Button(c, SWT.CHECK);
		draft.setText(Messages.Report_draft);
		draft.setSelection(unanswered > 0);
		draft.setEnabled(unanswered == 0);
		draft.setToolTipText(unanswered > 0 ? NLS.bind(Messages.Report_draftForced, unanswered)
				: Messages.Report_draftTip);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(draft);
		if (unanswered > 0) {
			Label why = new Label(c, SWT.WRAP);
			why.setText(NLS.bind(Messages.Report_draftForced, unanswered));
			GridDataFactory.fillDefaults().span(3, 1).indent(20, 0).hint(380, SWT.DEFAULT).applyTo(why);
		}

		open = new Button(c, SWT.CHECK);
		open.setText(Messages.Report_open);
		open.setSelection(true);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(open);

		setControl(c);
		validate();
	}

	private static Group group(Composite c, String text) {
		Group g = new Group(c, SWT.NONE);
		g.setText(text);
		GridLayoutFactory.swtDefaults().applyTo(g);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(g);
		return g;
	}

	private void browse(Composite c, Text target) {
		Button b = new Button(c, SWT.PUSH);
		b.setText(Messages.Report_browse);
		b.addListener(SWT.Selection, e -> {
			DirectoryDialog d = new DirectoryDialog(getShell());
			d.setFilterPath(target.getText());
			String chosen = d.open();
			if (chosen != null) {
				target.setText(chosen);
			}
		});
	}

	private void validate() {
		String problem = null;
		if (selectedGenerators().isEmpty()) {
			problem = Messages.Report_chooseFormat;
		} else if (folder.getText().isBlank()) {
			problem = Messages.Report_chooseFolder;
		} else if (Files.exists(Path.of(folder.getText().strip())) && !Files.isDirectory(Path.of(folder.getText().strip()))) {
			problem = Messages.Report_notAFolder;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	List<ReportGenerator> selectedGenerators() {
		List<ReportGenerator> chosen = new ArrayList<>();
		for (int i = 0; i < generators.size(); i++) {
			if (formatButtons.get(i).getSelection()) {
				chosen.add(generators.get(i));
			}
		}
		return chosen;
	}

	Locale reportLocale() {
		return (japanese.getSelection() ? Language.JA : Language.EN).locale();
	}

	Path folder() {
		return Path.of(folder.getText().strip());
	}

	String template() {
		return template.getText().strip();
	}

	boolean draft() {
		return draft.getSelection();
	}

	boolean openWhenDone() {
		return open.getSelection();
	}
}
