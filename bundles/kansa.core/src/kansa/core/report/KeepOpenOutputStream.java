package kansa.core.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The caller's stream as a generator may hand it to a library: {@link ReportGenerator#generate} leaves the stream
 * open, but POI and iText close the stream they write to when they finish. Closing this one only flushes.
 */
public final class KeepOpenOutputStream extends FilterOutputStream {

	public KeepOpenOutputStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		out.write(b, off, len); // FilterOutputStream would write byte by byte
	}

	@Override
	public void close() throws IOException {
		flush();
	}
}
