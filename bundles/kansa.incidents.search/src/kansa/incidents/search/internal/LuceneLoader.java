package kansa.incidents.search.internal;

import java.io.IOException;

import org.apache.lucene.index.IndexWriter;

/**
 * Lucene finds codecs, postings and doc-values formats with {@link java.util.ServiceLoader}. Its NamedSPILoader
 * scans Lucene core's own class loader, which under OSGi is the wrapped lucene-core bundle and sees that jar's
 * META-INF/services; it also scans the thread's context class loader, which under OSGi is whatever the caller's
 * thread had (often a loader that sees no Lucene at all). Running index and search work with the context class
 * loader set to Lucene core's makes every lookup see the same, complete set of services, whichever thread calls.
 */
public final class LuceneLoader {

	/**
	 * Lucene logs (java.util.logging) that the JDK's incubating Vector API is not readable. Under OSGi it never is,
	 * and the scalar code is fast enough for incident libraries; the hint would only clutter every `kansa` run.
	 * Held in a field because JUL keeps loggers weakly and would forget the level.
	 */
	private static final java.util.logging.Logger VECTOR_HINT = quiet(
			"org.apache.lucene.internal.vectorization.VectorizationProvider");

	private static java.util.logging.Logger quiet(String name) {
		java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
		logger.setLevel(java.util.logging.Level.SEVERE);
		return logger;
	}

	/** Work that may throw IOException. */
	@FunctionalInterface
	public interface IoWork<T> {
		T run() throws IOException;
	}

	private LuceneLoader() {
	}

	public static <T> T call(IoWork<T> work) throws IOException {
		assert VECTOR_HINT != null;
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(IndexWriter.class.getClassLoader());
		try {
			return work.run();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
