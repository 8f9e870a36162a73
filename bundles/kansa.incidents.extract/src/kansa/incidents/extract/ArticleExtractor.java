package kansa.incidents.extract;

import java.util.List;

import kansa.incidents.extract.internal.ArticleAnalysis;

/**
 * Reads a Japanese news article or breach notice and drafts an incident from it: organisation, service, dates
 * and their roles, counts of records and people, data types, cause, discovery route, actors, response timeline,
 * countermeasures and cited URLs — each with the text it came from and a confidence. Nothing is saved; the
 * consultant confirms the draft.
 */
public final class ArticleExtractor {

	/**
	 * @param article plain text or HTML; spans refer to {@link ArticleText#plain(String)} of it
	 */
	public IncidentDraft extract(String article) {
		return ArticleAnalysis.analyse(ArticleText.plain(article));
	}

	/** All cause categories of the vocabulary, for help texts and forms. */
	public List<String> causeCategories() {
		return Vocabulary.CAUSES.stream().map(Vocabulary.Term::label).toList();
	}
}
