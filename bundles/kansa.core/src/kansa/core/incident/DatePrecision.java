package kansa.core.incident;

import kansa.core.text.LocalizedText;

/**
 * How much of a date the source states. A month-precision date is stored as the first of that month, a
 * year-precision date as 1 January, so a date field is always a plain {@code LocalDate}.
 */
public enum DatePrecision {
	DAY(LocalizedText.of("日", "day")),
	MONTH(LocalizedText.of("月", "month")),
	YEAR(LocalizedText.of("年", "year"));

	private final LocalizedText label;

	DatePrecision(LocalizedText label) {
		this.label = label;
	}

	public LocalizedText label() {
		return label;
	}

	/** The date as the source would write it: 2019年9月5日, 2017年10月 or 2017年. */
	public String format(java.time.LocalDate date) {
		if (date == null) {
			return "";
		}
		return switch (this) {
			case DAY -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
			case MONTH -> date.getYear() + "年" + date.getMonthValue() + "月";
			case YEAR -> date.getYear() + "年";
		};
	}
}
