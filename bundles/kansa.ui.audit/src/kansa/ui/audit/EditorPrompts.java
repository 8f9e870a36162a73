package kansa.ui.audit;

import java.time.Instant;

/**
 * The questions the audit editor asks the user about files: a recovery copy left by a crash, an audit file changed
 * by another program. The editor looks this up in its e4 context, so a test (or another front end) can answer
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
}
