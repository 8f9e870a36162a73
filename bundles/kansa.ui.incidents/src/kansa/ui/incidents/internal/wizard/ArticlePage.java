package kansa.ui.incidents.internal.wizard;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import kansa.ui.incidents.internal.Messages;

/** Page 1: the article as pasted (plain text or HTML), and where it was read. */
final class ArticlePage extends WizardPage {

	private Text article;
	private Text url;
	private Text title;
	private Text published;

	ArticlePage() {
		super("article");
		setTitle(Messages.Article_title);
		setDescription(Messages.Article_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
		Label l = new Label(c, SWT.NONE);
		l.setText(Messages.Article_text);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(l);
		article = new Text(c, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		article.setMessage(Messages.Article_hint);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 300).applyTo(article);
		url = field(c, Messages.Article_url);
		title = field(c, Messages.Article_sourceTitle);
		published = field(c, Messages.Article_published);
		published.setMessage(Messages.Field_dateHint);
		article.addListener(SWT.Modify, e -> validate());
		published.addListener(SWT.Modify, e -> validate());
		setControl(c);
	}

	private static Text field(Composite c, String label) {
		new Label(c, SWT.NONE).setText(label);
		Text t = new Text(c, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
		return t;
	}

	private void validate() {
		String error = null;
		try {
			publication();
		} catch (FieldException e) {
			error = e.getMessage();
		}
		setErrorMessage(error);
		setPageComplete(error == null && !article.getText().isBlank());
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			article.setFocus();
		}
	}

	String article() {
		return article.getText();
	}

	String url() {
		return url.getText().strip();
	}

	String sourceTitle() {
		return title.getText().strip();
	}

	/** The publication date, or null when not given. */
	LocalDate publication() throws FieldException {
		return DateField.parse(Messages.Article_published, published.getText()).date();
	}
}
