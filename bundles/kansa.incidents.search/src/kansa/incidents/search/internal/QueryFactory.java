package kansa.incidents.search.internal;

import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import kansa.incidents.search.IncidentQuery;

/**
 * Turns an {@link IncidentQuery} into a Lucene query over the catch-all text field (cause:, dataType:,
 * organization: and service: name a single field). Words are analysed with kuromoji like the documents; a word
 * kuromoji splits (委託先 → 委託 + 先) becomes a phrase, so it matches the word and not its parts scattered, and
 * all words must match. Filters do not score.
 */
public final class QueryFactory {

	private QueryFactory() {
	}

	public static Query build(IncidentQuery q, Analyzer analyzer) {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		if (q.text().isEmpty()) {
			b.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
		} else {
			b.add(words(q.text(), analyzer), Occur.MUST);
		}
		anyOf(b, IndexSchema.CAUSE_KEY, q.causes());
		anyOf(b, IndexSchema.DATA_TYPE_KEY, q.dataTypes());
		anyOf(b, IndexSchema.INDUSTRY_KEY, q.industries());
		anyOf(b, IndexSchema.ROUTE_KEY, q.routes());
		anyOf(b, IndexSchema.SIZE_KEY, q.sizes());
		if (q.year() != null) {
			b.add(IntPoint.newExactQuery(IndexSchema.YEAR, q.year()), Occur.FILTER);
		}
		if (q.minRecords() != null) {
			b.add(LongPoint.newRangeQuery(IndexSchema.RECORDS, q.minRecords(), Long.MAX_VALUE), Occur.FILTER);
		}
		if (q.mappedItem() != null) {
			b.add(new TermQuery(new Term(IndexSchema.ITEM_KEY, q.mappedItem())), Occur.FILTER);
		}
		return b.build();
	}

	private static Query words(String text, Analyzer analyzer) {
		QueryParser parser = new QueryParser(IndexSchema.TEXT, analyzer);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		parser.setSplitOnWhitespace(true);
		parser.setAutoGeneratePhraseQueries(true);
		try {
			return parser.parse(text);
		} catch (ParseException e) {
			try {
				return parser.parse(QueryParser.escape(text)); // 「?」 or a lone quote: search the words as typed
			} catch (ParseException again) {
				throw new IllegalArgumentException("検索語を解釈できません / cannot parse the query: " + text, again);
			}
		}
	}

	private static void anyOf(BooleanQuery.Builder b, String field, Set<String> values) {
		if (values.isEmpty()) {
			return;
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
		b.add(any.build(), Occur.FILTER);
	}
}
