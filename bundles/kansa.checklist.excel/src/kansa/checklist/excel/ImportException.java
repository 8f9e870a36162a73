package kansa.checklist.excel;

/**
 * A sheet cannot be imported. The message names the file and where the problem is (sheet, row, column as
 * {@code Sheet1!C12}) and says what to do; nothing has been written anywhere.
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String where;

	public ImportException(String where, String message) {
		this(where, message, null);
	}

	public ImportException(String where, String message, Throwable cause) {
		super((where == null || where.isEmpty() ? "" : where + ": ") + message, cause);
		this.where = where == null ? "" : where;
	}

	/** File, sheet or cell, e.g. {@code 委託先.xlsx Sheet1!A10001}. */
	public String where() {
		return where;
	}
}
