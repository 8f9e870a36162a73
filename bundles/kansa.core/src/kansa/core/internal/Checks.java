package kansa.core.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Argument checks shared by the model's record constructors; messages name the field. */
public final class Checks {

	/** Ids are stable keys in files and URLs: letters, digits and . _ - only. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

	private Checks() {
	}

	public static String id(String value, String field) {
		if (value == null || !ID.matcher(value).matches()) {
			throw new IllegalArgumentException(field + ": not a valid id (letters, digits, '.', '_', '-'): " + value);
		}
		return value;
	}

	public static String notBlank(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + ": must not be empty");
		}
		return value.strip();
	}

	public static <T> T notNull(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + ": missing");
		}
		return value;
	}

	/** Null-tolerant text: absent text is the empty string, so renderers never see null. */
	public static String text(String value) {
		return value == null ? "" : value.strip();
	}

	/** Immutable copy; a missing list (absent in an older file) is an empty list. */
	public static <T> List<T> list(List<T> values, String field) {
		if (values == null) {
			return List.of();
		}
		for (T v : values) {
			if (v == null) {
				throw new IllegalArgumentException(field + ": contains an empty entry");
			}
		}
		return List.copyOf(values);
	}

	public static <K, V> Map<K, V> map(Map<K, V> values) {
		return values == null ? Map.of() : Map.copyOf(values);
	}
}
