package kansa.core.report;

import java.util.List;

import kansa.core.audit.Verdict;
import kansa.core.internal.Checks;

/**
 * What a results sheet says, as read back by a {@link ResultSheetReader}.
 *
 * @param auditId          the audit the sheet was written for
 * @param checklistId      the checklist of that audit
 * @param checklistVersion its version; results only make sense against the same items
 * @param rows             one per result row, in sheet order
 */
public record ResultSheet(String auditId, String checklistId, String checklistVersion, List<Row> rows) {

	public ResultSheet {
		auditId = Checks.id(auditId, "sheet.auditId");
		checklistId = Checks.id(checklistId, "sheet.checklistId");
		checklistVersion = Checks.text(checklistVersion);
		rows = Checks.list(rows, "sheet " + auditId + ": rows");
	}

	/** {@code id@version}, as {@link kansa.core.checklist.Checklist#reference()} writes it. */
	public String checklistReference() {
		return checklistId + "@" + checklistVersion;
	}

	/**
	 * One result as the sheet holds it now. The flags say whether the person changed the cell since Kansa wrote
	 * it, so that an import applies what was edited and never reverts what was recorded in Kansa meanwhile.
	 *
	 * @param itemId        checklist item
	 * @param site          site or department, empty for the whole scope
	 * @param verdict       the verdict cell's value
	 * @param notes         the notes cell's text (line breaks as LF)
	 * @param verdictEdited whether the verdict cell differs from what was written
	 * @param notesEdited   whether the notes cell differs from what was written
	 * @param location      where the row is, for messages, e.g. {@code チェックリスト結果!G12}
	 */
	public record Row(String itemId, String site, Verdict verdict, String notes, boolean verdictEdited,
			boolean notesEdited, String location) {

		public Row {
			itemId = Checks.id(itemId, "sheet row.itemId");
			site = Checks.text(site);
			verdict = Checks.notNull(verdict, "sheet row " + itemId + ": verdict");
			notes = notes == null ? "" : notes;
			location = Checks.text(location);
		}
	}
}
