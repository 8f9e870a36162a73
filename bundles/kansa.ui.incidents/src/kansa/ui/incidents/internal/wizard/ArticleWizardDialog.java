package kansa.ui.incidents.internal.wizard;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;

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
}
