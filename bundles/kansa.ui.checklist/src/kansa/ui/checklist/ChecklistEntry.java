package kansa.ui.checklist;

/**
 * A checklist as the navigator lists it: a workspace checklist or a built-in one of a catalog.
 *
 * @param builtIn true for a catalog's checklist, which is read-only and derived from rather than edited
 */
public record ChecklistEntry(String id, String version, String title, int items, boolean builtIn) {
}
