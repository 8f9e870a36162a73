package kansa.ui.incidents;

import java.time.LocalDate;

/**
 * An incident case as the navigator lists it.
 *
 * @param source the library's label, or empty for the workspace's own cases
 */
public record IncidentEntry(String id, String organization, LocalDate announced, String cause, String source) {
}
