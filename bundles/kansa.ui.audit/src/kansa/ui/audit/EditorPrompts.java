package kansa.ui.audit;

import java.time.Instant;
import java.util.List;

/**
 * The questions the audit editor asks the user about files: a recovery copy left by a crash, an audit file changed
 * by another program, a save that met another program's changes to the same items. The editor looks this up in its e4 context, so a test (or another front end) can answer
 * instead of a dialog: {@code workbenchContext.set(EditorPrompts.class, answers)}.
 */
public interface EditorPrompts {

	/**
	 * A recovery copy newer than the saved audit exists.
	 *
	 * @param changedItems items whose verdict or notes differ from the saved audit
	 * @return true to continue with the recovered content (unsaved), false to discard it
	 */
	boolean restoreRecovery(String auditLabel, Instant writtenAt, int changedItems);

	/**
	 * The audit file was changed on disk by another program while the editor was open.
	 *
	 * @param dirty whether the editor has unsaved changes that reloading would lose
	 * @return true to reload from disk, false to keep the editor's content (saving will overwrite the file)
	 */
	boolean reloadChangedFile(String auditLabel, boolean dirty);

	/**
	 * Saving merged the editor's changes with changes another program had saved meanwhile, and both had changed
	 * these items: the editor's version was saved for them. Shown after the fact; the save has happened.
	 *
	 * @param conflicts the items both changed, in the words of the editor (e.g. 「A.5.1」, 「A.5.1 @ 大阪支店」)
	 */
	default void savedOverConflicts(String auditLabel, List<String> conflicts) {
	}
}
