package kansa.incidents.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import kansa.core.incident.Incident;
import kansa.incidents.search.internal.FacetReader;
import kansa.incidents.search.internal.Fingerprint;
import kansa.incidents.search.internal.IndexSchema;
import kansa.incidents.search.internal.JapaneseTextAnalyzer;
import kansa.incidents.search.internal.LuceneLoader;
import kansa.incidents.search.internal.QueryFactory;

/**
 * Japanese full-text search over incidents with Lucene and the kuromoji analyzer, with filters and facet counts.
 * The index lives in a folder (a workspace's {@code .index/incidents/}); it is reused while it was built from the
 * same incidents and rebuilt when missing, unreadable or stale. It is derived data: the incidents' own files are
 * never written.
 */
public final class IncidentIndex implements AutoCloseable {

	private static final String FINGERPRINT = "kansa.fingerprint";

	private final Directory directory;
	private final JapaneseTextAnalyzer indexAnalyzer = new JapaneseTextAnalyzer(true);
	private final JapaneseTextAnalyzer queryAnalyzer = new JapaneseTextAnalyzer(false);
	private final Map<String, Incident> byId = new LinkedHashMap<>();
	private final DirectoryReader reader;
	private final IndexSearcher searcher;
	private final FacetReader facets;
	private final boolean rebuilt;
	private final Duration buildTime;

	private IncidentIndex(Directory directory, List<Incident> incidents, String fingerprint) throws IOException {
		this.directory = directory;
		incidents.forEach(i -> byId.putIfAbsent(i.id(), i));
		long t0 = System.nanoTime();
		rebuilt = !fingerprint.equals(storedFingerprint(directory));
		if (rebuilt) {
			build(fingerprint);
		}
		buildTime = Duration.ofNanos(System.nanoTime() - t0);
		reader = LuceneLoader.call(() -> DirectoryReader.open(directory));
		searcher = new IndexSearcher(reader);
		facets = LuceneLoader.call(() -> new FacetReader(reader));
	}

	/**
	 * Opens the index in a folder, building it when it is missing or was built from other incidents. When another
	 * Kansa holds the folder's lock, the index is built in memory for this run instead.
	 */
	public static IncidentIndex open(Path folder, List<Incident> incidents) throws IOException {
		String fingerprint = Fingerprint.of(incidents);
		Files.createDirectories(folder);
		FSDirectory fs = LuceneLoader.call(() -> FSDirectory.open(folder));
		try {
			return new IncidentIndex(fs, incidents, fingerprint);
		} catch (LockObtainFailedException e) {
			fs.close();
			return inMemory(incidents);
		}
	}

	/** An index held in memory only: for tests, benchmarks and read-only workspaces. */
	public static IncidentIndex inMemory(List<Incident> incidents) throws IOException {
		return new IncidentIndex(new ByteBuffersDirectory(), incidents, Fingerprint.of(incidents));
	}

	private static String storedFingerprint(Directory dir) {
		try {
			return LuceneLoader.call(() -> {
				if (!DirectoryReader.indexExists(dir)) {
					return "";
				}
				try (DirectoryReader r = DirectoryReader.open(dir)) {
					return r.getIndexCommit().getUserData().getOrDefault(FINGERPRINT, "");
				}
			});
		} catch (IOException | RuntimeException e) {
			return ""; // unreadable (corrupt, older Lucene): rebuild
		}
	}

	private void build(String fingerprint) throws IOException {
		LuceneLoader.call(() -> {
			// derived data: whatever was there (stale, half-written, corrupt) goes
			for (String file : directory.listAll()) {
				if (!file.equals("write.lock")) {
					directory.deleteFile(file);
				}
			}
			IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
					.setRAMBufferSizeMB(64);
			try (IndexWriter writer = new IndexWriter(directory, config)) {
				var facetsConfig = IndexSchema.facetsConfig();
				for (Incident i : byId.values()) {
					writer.addDocument(facetsConfig.build(IndexSchema.document(i)));
				}
				writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
				writer.forceMerge(1);
				writer.commit();
			}
			return null;
		});
	}

	/** Whether opening had to (re)build the index. */
	public boolean rebuilt() {
		return rebuilt;
	}

	/** Time spent checking and, if needed, building the index. */
	public Duration buildTime() {
		return buildTime;
	}

	public int size() {
		return reader.numDocs();
	}

	public SearchResult search(IncidentQuery q) throws IOException {
		Query query = QueryFactory.build(q, queryAnalyzer);
		return LuceneLoader.call(() -> {
			TopDocs top;
			Map<String, List<SearchResult.FacetCount>> counts = Map.of();
			if (q.facets()) {
				var result = facets.search(searcher, query, q.limit());
				top = result.topDocs();
				counts = facets.counts(result.facetsCollector());
			} else {
				// count no further than needed: lets Lucene skip blocks that cannot reach the top hits
				top = searcher.search(query, new TopScoreDocCollectorManager(q.limit(), q.limit()));
			}
			List<SearchResult.Hit> hits = new ArrayList<>();
			for (ScoreDoc sd : top.scoreDocs) {
				Incident i = byId.get(id(sd.doc));
				if (i != null) {
					hits.add(new SearchResult.Hit(i, sd.score));
				}
			}
			return new SearchResult(top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, hits,
					counts);
		});
	}

	private String id(int doc) throws IOException {
		var leaves = reader.leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexSchema.ID_DV);
		if (!ids.advanceExact(doc - leaf.docBase)) {
			return "";
		}
		return ids.lookupOrd(ids.ordValue()).utf8ToString();
	}

	@Override
	public void close() throws IOException {
		try {
			reader.close();
		} finally {
			directory.close();
			indexAnalyzer.close();
			queryAnalyzer.close();
		}
	}
}
