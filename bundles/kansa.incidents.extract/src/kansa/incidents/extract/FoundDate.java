package kansa.incidents.extract;

import java.time.LocalDate;

import kansa.core.incident.DatePrecision;

/**
 * A date read from an article. {@code yearImplied}: the text gave only month and day, and the year was taken
 * from an earlier date in the article.
 */
public record FoundDate(LocalDate value, DatePrecision precision, boolean yearImplied, Span span, double confidence) {
}
