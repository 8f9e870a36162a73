package kansa.incidents.search.internal;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import kansa.core.incident.Incident;
import kansa.incidents.search.RecordsSize;

/**
 * How an incident becomes a Lucene document: analysed text fields for the words, keyword fields for the
 * filters, points for year and records, and sorted-set doc values for the facets (no taxonomy index needed).
 */
public final class IndexSchema {

	/** Bump when the document layout changes: the fingerprint includes it, so old indexes are rebuilt. */
	public static final int VERSION = 4;

	public static final String ID = "id";
	/** Everything searchable in one field: one phrase query per word, whatever field the word is in. */
	public static final String TEXT = "text";
	public static final String ID_DV = "id_dv";
	public static final String CAUSE = "cause";
	public static final String DATA_TYPE = "dataType";
	public static final String ORGANIZATION = "organization";
	public static final String SERVICE = "service";

	public static final String CAUSE_KEY = "cause_kw";
	public static final String DATA_TYPE_KEY = "dataType_kw";
	public static final String INDUSTRY_KEY = "industry_kw";
	public static final String ITEM_KEY = "item_kw";
	public static final String ROUTE_KEY = "route_kw";
	public static final String SIZE_KEY = "size_kw";
	public static final String YEAR = "year";
	public static final String YEAR_SORT = "year_dv";
	public static final String RECORDS = "records";

	/** Facet dimensions, in the order they are shown. */
	public static final List<String> FACETS = List.of("cause", "dataType", "industry", "year", "discoveryRoute",
			"recordsSize", "mappedItem");

	private IndexSchema() {
	}

	public static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued("cause", true);
		config.setMultiValued("dataType", true);
		config.setMultiValued("mappedItem", true);
		return config;
	}

	public static Document document(Incident i) {
		Document d = new Document();
		d.add(new StringField(ID, i.id(), Field.Store.YES));
		// hits read their id from doc values: no stored-field block to decompress per hit
		d.add(new SortedDocValuesField(ID_DV, new BytesRef(i.id())));
		d.add(new TextField(ORGANIZATION, i.organization(), Field.Store.NO));
		d.add(new TextField(SERVICE, i.service(), Field.Store.NO));
		StringBuilder text = new StringBuilder(i.narrative());
		for (String c : i.allCauses()) {
			d.add(new TextField(CAUSE, c, Field.Store.NO));
			d.add(new StringField(CAUSE_KEY, c, Field.Store.NO));
			d.add(new SortedSetDocValuesFacetField("cause", c));
			text.append('\n').append(c);
		}
		for (String t : i.dataTypes()) {
			d.add(new TextField(DATA_TYPE, t, Field.Store.NO));
			d.add(new StringField(DATA_TYPE_KEY, t, Field.Store.NO));
			d.add(new SortedSetDocValuesFacetField("dataType", t));
			text.append('\n').append(t);
		}
		text.append('\n').append(i.organization()).append('\n').append(i.service()).append('\n').append(i.industry())
				.append('\n').append(i.discoveryRoute());
		i.countermeasures().forEach(c -> text.append('\n').append(c));
		i.timeline().forEach(e -> text.append('\n').append(e.event()));
		i.dataAmounts().forEach(a -> text.append('\n').append(a.variety()));
		d.add(new TextField(TEXT, text.toString(), Field.Store.NO));
		if (!i.industry().isEmpty()) {
			d.add(new StringField(INDUSTRY_KEY, i.industry(), Field.Store.NO));
			d.add(new SortedSetDocValuesFacetField("industry", i.industry()));
		}
		if (!i.discoveryRoute().isEmpty()) {
			d.add(new StringField(ROUTE_KEY, i.discoveryRoute(), Field.Store.NO));
			d.add(new SortedSetDocValuesFacetField("discoveryRoute", i.discoveryRoute()));
		}
		String size = RecordsSize.of(i.recordsAffected()).key();
		d.add(new StringField(SIZE_KEY, size, Field.Store.NO));
		d.add(new SortedSetDocValuesFacetField("recordsSize", size));
		int year = i.year();
		d.add(new IntPoint(YEAR, year));
		d.add(new NumericDocValuesField(YEAR_SORT, year));
		if (year > 0) {
			d.add(new SortedSetDocValuesFacetField("year", Integer.toString(year)));
		}
		d.add(new LongPoint(RECORDS, i.recordsAffected() == null ? -1 : i.recordsAffected()));
		for (Incident.MappedItem m : i.mappedItems()) {
			d.add(new StringField(ITEM_KEY, m.itemId(), Field.Store.NO));
			d.add(new StringField(ITEM_KEY, m.checklistId() + "/" + m.itemId(), Field.Store.NO));
			d.add(new SortedSetDocValuesFacetField("mappedItem", m.checklistId() + "/" + m.itemId()));
		}
		return d;
	}
}
