package kansa.checklist;

/**
 * Something wrong or worth a look in a checklist or an imported sheet. Validation reports problems as a list and
 * never throws, so an editor can show them all at once.
 *
 * @param severity how bad it is
 * @param where    where to look: an item id ({@code A.3.3.4}), a field ({@code A.3.3.4 related}) or a cell
 *                 ({@code Sheet1!C12})
 * @param message  what is wrong, Japanese first then English
 */
public record Problem(Severity severity, String where, String message) {

	public enum Severity {
		/** The checklist cannot be used as it is. */
		ERROR,
		/** Usable, but probably not what the author meant. */
		WARNING,
		/** For information, e.g. how a formula cell was read. */
		INFO
	}

	public Problem {
		severity = severity == null ? Severity.ERROR : severity;
		where = where == null ? "" : where;
		message = message == null ? "" : message;
	}

	public static Problem error(String where, String message) {
		return new Problem(Severity.ERROR, where, message);
	}

	public static Problem warning(String where, String message) {
		return new Problem(Severity.WARNING, where, message);
	}

	public static Problem info(String where, String message) {
		return new Problem(Severity.INFO, where, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		String tag = switch (severity) {
			case ERROR -> "エラー/error";
			case WARNING -> "警告/warning";
			case INFO -> "情報/info";
		};
		return (where.isEmpty() ? "" : where + ": ") + tag + ": " + message;
	}
}
