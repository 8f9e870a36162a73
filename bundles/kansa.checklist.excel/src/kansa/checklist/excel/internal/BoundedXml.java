package kansa.checklist.excel.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Watches the bytes of an XML part on their way to a parser and fails as soon as one attribute value, text run,
 * comment, CDATA section, processing instruction or tag is longer than a bound. The parser buffers each of these
 * whole before any callback sees it, so bounding them here bounds the parser's memory whatever the part holds.
 * Only '&lt;', '&gt;', quotes and the comment/CDATA delimiters are looked at, all ASCII, so this works on the
 * UTF-8 bytes without decoding them.
 */
final class BoundedXml extends FilterInputStream {

	private enum State {
		TEXT, MARKUP_START, TAG, QUOTED, COMMENT, CDATA, PI, DECLARATION
	}

	private static final byte[] COMMENT_OPEN = "!--".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] CDATA_OPEN = "![CDATA[".getBytes(StandardCharsets.US_ASCII);

	private final long maxRun;
	private final String part;
	private final String label;
	private State state = State.TEXT;
	private long run;
	private int markup;
	private boolean commentCandidate;
	private boolean cdataCandidate;
	private byte quote;
	private byte previous;
	private byte beforePrevious;

	BoundedXml(InputStream in, long maxRun, String label, String part) {
		super(in);
		this.maxRun = maxRun;
		this.label = label;
		this.part = part;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			see((byte) b);
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		for (int k = 0; k < n; k++) {
			see(b[off + k]);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		// everything must pass through see(); skipping is reading into nothing
		byte[] buf = new byte[(int) Math.min(n, 8192)];
		int r = read(buf, 0, buf.length);
		return Math.max(r, 0);
	}

	private void see(byte b) throws IOException {
		switch (state) {
			case TEXT -> {
				if (b == '<') {
					enter(State.MARKUP_START);
					markup = 0;
					commentCandidate = true;
					cdataCandidate = true;
				}
			}
			case MARKUP_START -> markupStart(b);
			case TAG -> {
				if (b == '"' || b == '\'') {
					quote = b;
					state = State.QUOTED;
				} else if (b == '>') {
					enter(State.TEXT);
				}
			}
			case QUOTED -> {
				if (b == quote) {
					state = State.TAG;
				}
			}
			case COMMENT -> {
				if (b == '>' && previous == '-' && beforePrevious == '-') {
					enter(State.TEXT);
				}
			}
			case CDATA -> {
				if (b == '>' && previous == ']' && beforePrevious == ']') {
					enter(State.TEXT);
				}
			}
			case PI -> {
				if (b == '>' && previous == '?') {
					enter(State.TEXT);
				}
			}
			case DECLARATION -> {
				if (b == '>') {
					enter(State.TEXT);
				}
			}
		}
		beforePrevious = previous;
		previous = b;
		if (++run > maxRun) {
			throw new LimitedInputStream.LimitReached(FileGuard.bomb(label, part + " に長さ " + (maxRun >> 10)
					+ " KB を超える属性値・テキスト・コメントがあります / holds an attribute, text or comment longer than "
					+ (maxRun >> 10) + " KB"));
		}
	}

	/** Decides what follows '&lt;' from its first bytes: a comment, a CDATA section, a PI, a declaration or a tag. */
	private void markupStart(byte b) {
		if (markup == 0 && b == '?') {
			state = State.PI;
			return;
		}
		commentCandidate &= markup < COMMENT_OPEN.length && COMMENT_OPEN[markup] == b;
		cdataCandidate &= markup < CDATA_OPEN.length && CDATA_OPEN[markup] == b;
		markup++;
		if (commentCandidate && markup == COMMENT_OPEN.length) {
			state = State.COMMENT;
			previous = 0;
		} else if (cdataCandidate && markup == CDATA_OPEN.length) {
			state = State.CDATA;
		} else if (!commentCandidate && !cdataCandidate) {
			state = markup > 1 || b == '!' ? State.DECLARATION : State.TAG;
			if (b == '>') {
				enter(State.TEXT);
			} else if (b == '"' || b == '\'') {
				quote = b;
				state = State.QUOTED;
			}
		}
	}

	private void enter(State next) {
		state = next;
		run = 0;
	}
}
