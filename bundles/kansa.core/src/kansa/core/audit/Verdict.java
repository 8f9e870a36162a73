package kansa.core.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

import kansa.core.text.Labelled;
import kansa.core.text.Language;

/** The auditor's judgement of one checklist item. Labels: this package's {@code labels*.properties}. */
public enum Verdict implements Labelled {
	CONFORMING, MINOR_NONCONFORMITY, MAJOR_NONCONFORMITY, OBSERVATION, OPPORTUNITY_FOR_IMPROVEMENT, NOT_APPLICABLE, NOT_ASSESSED;

	public boolean isNonconformity() {
		return this == MINOR_NONCONFORMITY || this == MAJOR_NONCONFORMITY;
	}

	/**
	 * How serious the verdict is, most serious first: 0 for 重大な不適合 up to 4 for 適合; 該当なし and 未評価 come
	 * after every judgement, so they never outweigh one.
	 */
	public int severity() {
		return switch (this) {
			case MAJOR_NONCONFORMITY -> 0;
			case MINOR_NONCONFORMITY -> 1;
			case OBSERVATION -> 2;
			case OPPORTUNITY_FOR_IMPROVEMENT -> 3;
			case CONFORMING -> 4;
			case NOT_APPLICABLE -> 5;
			case NOT_ASSESSED -> 6;
		};
	}

	/**
	 * Whether a move from {@code before} to this verdict is a deterioration, as a report calls it 悪化: only a move
	 * into a nonconformity (or from a minor to a major one). A move to 観察事項 or 改善の機会 is a change, not a
	 * deterioration: neither demands corrective action.
	 */
	public boolean isWorseThan(Verdict before) {
		return onScale(before) && isNonconformity() && severity() < before.severity();
	}

	/**
	 * Whether a move from {@code before} to this verdict is an improvement (改善): out of a nonconformity to a
	 * lighter judgement, or to 適合 from 観察事項 or 改善の機会.
	 */
	public boolean isBetterThan(Verdict before) {
		return onScale(this) && onScale(before) && severity() > before.severity()
				&& (before.isNonconformity() || this == CONFORMING);
	}

	/** 該当なし and 未評価 are not on the scale from 重大な不適合 to 適合. */
	private static boolean onScale(Verdict v) {
		return v != null && v.isAssessed() && v != NOT_APPLICABLE;
	}

	/** Whether the item has been judged at all (未評価 has not). */
	public boolean isAssessed() {
		return this != NOT_ASSESSED;
	}

	/** Reads a verdict from its enum name or its Japanese or English label, e.g. typed on the command line. */
	public static Verdict parse(String text) {
		String t = text == null ? "" : text.strip();
		for (Verdict v : values()) {
			if (v.name().equalsIgnoreCase(t.replace('-', '_')) || v.label(Language.JA).equals(t)
					|| v.label(Language.EN).equalsIgnoreCase(t)) {
				return v;
			}
		}
		throw new IllegalArgumentException("unknown verdict '" + text + "' (use one of: "
				+ Arrays.stream(values()).map(v -> v.label(Language.JA)).collect(Collectors.joining(", ")) + ")");
	}
}
