package kansa.incidents.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import kansa.incidents.search.SearchResult.FacetCount;

/** Counts hits per facet value; the doc-values state is built once per opened index. */
public final class FacetReader {

	private static final int MAX_VALUES = 50;

	private final DefaultSortedSetDocValuesReaderState state;

	public FacetReader(IndexReader reader) throws IOException {
		DefaultSortedSetDocValuesReaderState s = null;
		try {
			s = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
		} catch (IllegalArgumentException empty) {
			// an index without any facet field (no incidents): no counts
		}
		state = s;
	}

	public FacetsCollectorManager.FacetsResult search(IndexSearcher searcher, Query query, int n) throws IOException {
		return FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
	}

	public Map<String, List<FacetCount>> counts(FacetsCollector collector) throws IOException {
		Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
		if (state == null) {
			return counts;
		}
		SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(state, collector);
		List<String> dims = new ArrayList<>();
		state.getDims().forEach(dims::add);
		for (String dim : IndexSchema.FACETS) {
			if (!dims.contains(dim)) {
				continue;
			}
			FacetResult r = facets.getTopChildren(MAX_VALUES, dim);
			List<FacetCount> values = new ArrayList<>();
			if (r != null) {
				for (LabelAndValue lv : r.labelValues) {
					values.add(new FacetCount(lv.label, lv.value.longValue()));
				}
			}
			counts.put(dim, values);
		}
		return counts;
	}
}
