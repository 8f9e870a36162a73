package kansa.ui.navigator;

/** A line that only says something: that a folder is empty, or that a file cannot be read. */
public record NavigatorNote(String text) {
}
