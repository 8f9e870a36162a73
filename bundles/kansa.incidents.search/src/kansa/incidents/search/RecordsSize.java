package kansa.incidents.search;

import java.util.Optional;

/**
 * Size buckets of a case's affected records, by order of magnitude: the records facet of the search. Exact counts
 * make poor facet values (every case its own); decades group cases the way consultants compare them.
 */
public enum RecordsSize {
	UNKNOWN("unknown", -1, -1),
	UNDER_100("1-99", 0, 99),
	HUNDREDS("100-999", 100, 999),
	THOUSANDS("1000-9999", 1_000, 9_999),
	TENS_OF_THOUSANDS("10000-99999", 10_000, 99_999),
	HUNDREDS_OF_THOUSANDS("100000-999999", 100_000, 999_999),
	MILLIONS("1000000+", 1_000_000, Long.MAX_VALUE);

	private final String key;
	private final long min;
	private final long max;

	RecordsSize(String key, long min, long max) {
		this.key = key;
		this.min = min;
		this.max = max;
	}

	/** The facet value stored in the index. */
	public String key() {
		return key;
	}

	/** The bucket of a count; {@link #UNKNOWN} when the count is not known. */
	public static RecordsSize of(Long records) {
		if (records == null || records < 0) {
			return UNKNOWN;
		}
		for (RecordsSize s : values()) {
			if (s != UNKNOWN && records >= s.min && records <= s.max) {
				return s;
			}
		}
		return UNKNOWN;
	}

	public static Optional<RecordsSize> ofKey(String key) {
		for (RecordsSize s : values()) {
			if (s.key.equals(key)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}
}
