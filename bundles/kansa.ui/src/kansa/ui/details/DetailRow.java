package kansa.ui.details;

/** One line of the details view: a property and its value, both in the user's language. */
public record DetailRow(String name, String value) {
}
