package kansa.audit;

import kansa.core.audit.Verdict;
import kansa.core.text.Labelled;

/**
 * One row of a year-over-year comparison: the standing verdict of an item in the previous and the current audit.
 *
 * @param previous null when the item was not in the previous audit's checklist
 * @param current  null when the item is no longer in the current checklist
 */
public record VerdictChange(String itemId, String number, String title, Verdict previous, Verdict current) {

	/** Labels (改善, 悪化, …): this package's {@code labels*.properties}. */
	public enum Trend implements Labelled {
		IMPROVED, WORSENED, UNCHANGED,
		/** Another verdict that is neither worse nor better, e.g. 適合 to 観察事項. */
		CHANGED, NEW, REMOVED, NOT_COMPARABLE
	}

	public Trend trend() {
		if (previous == null) {
			return Trend.NEW;
		}
		if (current == null) {
			return Trend.REMOVED;
		}
		if (previous == current) {
			return Trend.UNCHANGED;
		}
		if (!onScale(previous) || !onScale(current)) {
			return Trend.NOT_COMPARABLE;
		}
		// 悪化 only for a move into a nonconformity: the same rule the reports use
		return current.isWorseThan(previous) ? Trend.WORSENED
				: current.isBetterThan(previous) ? Trend.IMPROVED : Trend.CHANGED;
	}

	/** 該当なし and 未評価 are not on the scale. */
	private static boolean onScale(Verdict v) {
		return v.isAssessed() && v != Verdict.NOT_APPLICABLE;
	}
}
