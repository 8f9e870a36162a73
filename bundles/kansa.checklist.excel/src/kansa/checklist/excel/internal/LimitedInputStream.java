package kansa.checklist.excel.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import kansa.checklist.excel.ImportException;

/** Fails once more than a set number of bytes has been read. */
final class LimitedInputStream extends FilterInputStream {

	/** Thrown through IOException-only APIs; unwrapped by {@link Failures}. */
	static final class LimitReached extends IOException {
		private static final long serialVersionUID = 1L;
		final transient ImportException reason;

		LimitReached(ImportException reason) {
			super(reason.getMessage());
			this.reason = reason;
		}
	}

	private final long limit;
	private final Supplier<ImportException> reason;
	private long count;
	private long packed;
	private int maxRatio;
	private LongFunction<ImportException> ratioReason;

	LimitedInputStream(InputStream in, long limit, Supplier<ImportException> reason) {
		super(in);
		this.limit = limit;
		this.reason = reason;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	/**
	 * Also fails once the bytes read exceed {@code maxRatio} times the {@code packed} size they came from (after
	 * the first megabyte, which small parts legitimately exceed).
	 */
	LimitedInputStream ratio(long packed, int maxRatio, LongFunction<ImportException> reason) {
		this.packed = Math.max(1, packed);
		this.maxRatio = maxRatio;
		this.ratioReason = reason;
		return this;
	}

	long count() {
		return count;
	}

	private void count(long n) throws IOException {
		count += n;
		if (count > limit) {
			throw new LimitReached(reason.get());
		}
		if (ratioReason != null && count > (1 << 20) && count / packed > maxRatio) {
			throw new LimitReached(ratioReason.apply(count / packed));
		}
	}
}
