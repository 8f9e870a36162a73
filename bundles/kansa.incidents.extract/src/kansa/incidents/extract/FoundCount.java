package kansa.incidents.extract;

/**
 * A count read from an article. {@code kind}: PERSONS (人, 名), RECORDS (件 of data) or ITEMS (件 of files,
 * e-mails, documents). {@code max} is the upper bound of a range such as 約2万5千~3万人.
 */
public record FoundCount(long value, Long max, boolean approximate, String unit, String kind, Span span,
		double confidence) {
}
