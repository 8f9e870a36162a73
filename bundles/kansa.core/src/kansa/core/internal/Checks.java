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
		String clean = value == null ? null : withoutControls(value);
		if (clean == null || clean.isBlank()) {
			throw new IllegalArgumentException(field + ": must not be empty");
		}
		return clean.strip();
	}

	public static <T> T notNull(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + ": missing");
		}
		return value;
	}

	/** Null-tolerant text: absent text is the empty string, so renderers never see null. */
	public static String text(String value) {
		return value == null ? "" : withoutControls(value).strip();
	}

	/**
	 * The text without control characters, which mean nothing in a name, a note or a statement but can retitle or
	 * clear a terminal (ESC sequences) or break XML (NUL); tab and line breaks are kept. Applied by every text
	 * field of the model, so text from files, the command line and the workbench is cleaned alike.
	 */
	public static String withoutControls(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (isControl(value.charAt(i))) {
				StringBuilder b = new StringBuilder(value.length());
				for (int k = 0; k < value.length(); k++) {
					char c = value.charAt(k);
					if (!isControl(c)) {
						b.append(c);
					}
				}
				return b.toString();
			}
		}
		return value;
	}

	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
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
