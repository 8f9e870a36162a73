package kansa.checklist.excel.internal;

import java.math.BigDecimal;

/** Numeric cells as the text a consultant typed: 1 not 1.0, 1.25 not 1.2500000000000002. */
final class Numbers {

	private Numbers() {
	}

	static String format(double d) {
		if (Double.isNaN(d) || Double.isInfinite(d)) {
			return "";
		}
		if (d == Math.rint(d) && Math.abs(d) < 1e15) {
			return Long.toString((long) d);
		}
		return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
	}

	static String format(String raw) {
		try {
			return format(Double.parseDouble(raw));
		} catch (NumberFormatException e) {
			return raw;
		}
	}
}
