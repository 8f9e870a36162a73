package kansa.ui.checklist.internal.history;

import java.time.Instant;

import kansa.core.checklist.Checklist;

/**
 * One line of the version list: a kept version with when it was saved, or the editor's content (current), which
 * may not be saved at all.
 */
record VersionRow(Checklist checklist, Instant savedAt, boolean current) {
}
