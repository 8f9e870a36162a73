package kansa.incidents.extract;

/**
 * A value the extractor read from an article, with the text it came from and how sure it is (0 to 1): about
 * 0.9 when the article states it plainly, 0.5 or less when it is inferred, for the consultant to confirm.
 */
public record Found<T>(T value, Span span, double confidence) {
}
