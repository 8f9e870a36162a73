package kansa.ui.incidents.internal.wizard;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import kansa.core.incident.Incident;
import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.extract.ArticleText;
import kansa.incidents.extract.DraftReview;
import kansa.incidents.extract.IncidentDraft;
import kansa.incidents.IncidentMapping;
import kansa.ui.incidents.internal.Messages;
import kansa.ui.services.CatalogRegistry;
import kansa.workspace.Workspace;
import kansa.workspace.WorkspaceException;

/**
 * 記事から新規事例: paste an article, review the draft the extractor makes of it beside the highlighted text, and
 * save it into the workspace's incidents/ folder (where {@code kansa incident add} writes). Nothing is written
 * before Finish.
 */
public final class NewIncidentWizard extends Wizard {

	private final Workspace workspace;
	private final Consumer<Incident> saved;
	private final ArticlePage articlePage = new ArticlePage();
	private final DraftPage draftPage;
	private String extractedFrom;

	/**
	 * @param cases    the library's cases, whose mapped items are offered for a new case of the same cause
	 * @param catalogs for the items' titles
	 * @param saved    told of the incident after it was written
	 */
	public NewIncidentWizard(Workspace workspace, IncidentMapping cases, CatalogRegistry catalogs,
			Consumer<Incident> saved) {
		this.workspace = workspace;
		this.saved = saved;
		this.draftPage = new DraftPage(new ItemSuggestions(cases, catalogs));
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(articlePage);
		addPage(draftPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == draftPage && draftPage.draft() != null;
	}

	ArticlePage articlePage() {
		return articlePage;
	}

	DraftPage draftPage() {
		return draftPage;
	}

	/**
	 * Drafts the article off the UI thread (HTML stripping and scanning are linear, but a pasted page can be
	 * large). An article drafted before is not drafted again, so going back and forth keeps corrections.
	 */
	boolean extract(IRunnableContext context) {
		String article = articlePage.article();
		if (article.equals(extractedFrom)) {
			return true;
		}
		LocalDate published;
		List<String> existing;
		try {
			published = articlePage.publication();
			existing = workspace.incidentIds();
		} catch (FieldException | WorkspaceException e) {
			articlePage.setErrorMessage(e.getMessage());
			return false;
		}
		Object[] result = new Object[2];
		try {
			context.run(true, false, monitor -> {
				monitor.beginTask(Messages.Wizard_extracting, IProgressMonitor.UNKNOWN);
				// the spans refer to the plain text of the article as pasted
				result[0] = ArticleText.plain(article);
				result[1] = new ArticleExtractor().extract(article);
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			articlePage.setErrorMessage(NLS.bind(Messages.Wizard_extractFailed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		IncidentDraft draft = (IncidentDraft) result[1];
		draftPage.show((String) result[0], draft, draft.suggestedId(existing, LocalDate.now()), published);
		extractedFrom = article;
		return true;
	}

	@Override
	public boolean performFinish() {
		try {
			Incident.Source source = new Incident.Source(articlePage.url(), articlePage.sourceTitle(),
					articlePage.publication());
			DraftReview review = draftPage.review(workspace.incidentIds(), source);
			Incident incident = review.apply(draftPage.draft());
			getContainer().run(true, false, monitor -> {
				try {
					// checked again right before writing: another window or the CLI may have taken the id meanwhile
					if (workspace.incidentIds().contains(incident.id())) {
						throw new InvocationTargetException(new WorkspaceException(
								NLS.bind(Messages.Field_problem, Messages.Draft_id, Messages.Field_idExists)));
					}
					workspace.createIncident(incident);
				} catch (WorkspaceException e) {
					throw new InvocationTargetException(e);
				}
			});
			saved.accept(incident);
			return true;
		} catch (FieldException e) {
			draftPage.setErrorMessage(e.getMessage());
		} catch (IllegalArgumentException e) {
			draftPage.setErrorMessage(NLS.bind(Messages.Wizard_invalid, e.getMessage()));
		} catch (WorkspaceException e) {
			draftPage.setErrorMessage(NLS.bind(Messages.Wizard_saveFailed, e.getMessage()));
		} catch (InvocationTargetException e) {
			draftPage.setErrorMessage(NLS.bind(Messages.Wizard_saveFailed, e.getCause().getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}
}
