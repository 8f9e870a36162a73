package kansa.checklist.edit;

import kansa.core.checklist.Checklist;

/**
 * One authoring step. Commands are pure functions of the immutable checklist, so {@link ChecklistEditor} undoes a
 * step by going back to the checklist it started from.
 */
public interface EditCommand {

	/** What the step does, for undo menus: 「項目 A.3.3.4 を削除」. */
	String label();

	/** The checklist after the step; refuses with a message when the step cannot be done. */
	Checklist apply(Checklist checklist) throws EditException;
}
