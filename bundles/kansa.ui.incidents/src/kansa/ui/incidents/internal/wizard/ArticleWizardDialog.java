package kansa.ui.incidents.internal.wizard;

import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;

import kansa.core.incident.Incident;
import kansa.incidents.extract.Span;

/** The wizard's dialog: Next on the article page drafts the article first, in the dialog's progress area. */
public final class ArticleWizardDialog extends WizardDialog {

	private final NewIncidentWizard wizard;

	public ArticleWizardDialog(Shell parent, NewIncidentWizard wizard) {
		super(parent, wizard);
		this.wizard = wizard;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected Point getInitialSize() {
		// the form and the article side by side need room; never larger than the screen
		Point preferred = super.getInitialSize();
		var screen = getShell().getDisplay().getClientArea();
		return new Point(Math.min(Math.max(preferred.x, 1100), screen.width),
				Math.min(Math.max(preferred.y, 720), screen.height));
	}

	@Override
	protected void nextPressed() {
		if (getCurrentPage() == wizard.articlePage() && !wizard.extract(this)) {
			return;
		}
		super.nextPressed();
	}

	// --- for tests: what the buttons and fields do, without hunting for localized button labels -------------------

	public void fillArticle(String article, String url, String title, String published) {
		wizard.articlePage().fill(article, url, title, published);
	}

	public void next() {
		nextPressed();
	}

	public void finish() {
		finishPressed();
	}

	public void cancel() {
		cancelPressed();
	}

	public boolean onDraftPage() {
		return getCurrentPage() == wizard.draftPage();
	}

	public String errorMessage() {
		return getCurrentPage() == null ? null : getCurrentPage().getErrorMessage();
	}

	public String articleText() {
		return wizard.draftPage().articleText();
	}

	public StyledText articleControl() {
		return wizard.draftPage().articleControl();
	}

	/** Field keys: id, organization, industry, announced, discovered, records, persons, dataTypes, cause, route. */
	public List<Span> spans(String field) {
		return wizard.draftPage().spans(field);
	}

	public boolean needsCheck(String field) {
		return wizard.draftPage().needsCheck(field);
	}

	public String field(String field) {
		return wizard.draftPage().fieldText(field);
	}

	public void setField(String field, String value) {
		wizard.draftPage().setFieldText(field, value);
	}

	public void focus(String field) {
		wizard.draftPage().focus(field);
	}

	/** The checklist items offered for the cause, as shown. */
	public List<String> suggestions() {
		return wizard.draftPage().suggestionLabels();
	}

	/** Ticks an offered item; returns it. */
	public Incident.MappedItem tickSuggestion(int index) {
		return wizard.draftPage().tick(index);
	}
}
