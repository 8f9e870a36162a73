package kansa.core.json;

/**
 * A Kansa data file could not be read. The message names the file, the line and column, and the field, so the
 * user can find the problem; the file itself is never changed by a failed read.
 */
public class KansaDataException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final int line;
	private final int column;
	private final String field;
	private final String problem;

	public KansaDataException(String source, int line, int column, String field, String problem, Throwable cause) {
		super(format(source, line, column, field, problem), cause);
		this.source = source;
		this.line = line;
		this.column = column;
		this.field = field == null ? "" : field;
		this.problem = problem;
	}

	private static String format(String source, int line, int column, String field, String problem) {
		StringBuilder b = new StringBuilder(source);
		if (line > 0) {
			b.append(':').append(line);
			if (column > 0) {
				b.append(':').append(column);
			}
		}
		b.append(": ");
		if (field != null && !field.isEmpty()) {
			b.append(field).append(": ");
		}
		return b.append(problem).toString();
	}

	/** The file or resource that was read. */
	public String source() {
		return source;
	}

	/** 1-based line, or 0 when unknown. */
	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	/** Path of the offending field, e.g. {@code results[3].verdict}; empty when the problem is not in a field. */
	public String field() {
		return field;
	}

	public String problem() {
		return problem;
	}
}
