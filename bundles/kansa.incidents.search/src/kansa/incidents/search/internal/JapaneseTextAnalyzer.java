package kansa.incidents.search.internal;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * kuromoji as {@link JapaneseAnalyzer} sets it up (search mode, part-of-speech and stop-word filters, width and
 * katakana normalisation), except that an inflected word keeps its written form and gets its dictionary form
 * stacked at the same position. kuromoji reads 持ち出し alone as a noun but 持ち出し、 in a sentence as the verb
 * 持ち出す; with both forms indexed, the query matches either way. Queries are analysed without the stacking
 * (written forms only): a query word then stays a plain term or exact phrase, the fastest kinds to match.
 */
public final class JapaneseTextAnalyzer extends Analyzer {

	private final boolean stackBaseForms;

	/** @param stackBaseForms true for indexing, false for queries */
	public JapaneseTextAnalyzer(boolean stackBaseForms) {
		this.stackBaseForms = stackBaseForms;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new CJKWidthCharFilter(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
		TokenStream stream = stackBaseForms ? new BaseFormStack(tokenizer) : tokenizer;
		stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
		stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
		stream = new JapaneseKatakanaStemFilter(stream);
		stream = new LowerCaseFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

	/** Emits each token as written, then its dictionary form at the same position when that differs. */
	static final class BaseFormStack extends TokenFilter {
		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
		private final BaseFormAttribute baseForm = addAttribute(BaseFormAttribute.class);
		private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
		private State pending;
		private String pendingBase;

		BaseFormStack(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (pending != null) {
				restoreState(pending);
				pending = null;
				term.setEmpty().append(pendingBase);
				position.setPositionIncrement(0);
				return true;
			}
			if (!input.incrementToken()) {
				return false;
			}
			String base = baseForm.getBaseForm();
			if (base != null && !base.contentEquals(term)) {
				pending = captureState();
				pendingBase = base;
			}
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			pending = null;
		}
	}
}
