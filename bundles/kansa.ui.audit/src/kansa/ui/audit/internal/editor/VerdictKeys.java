package kansa.ui.audit.internal.editor;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;

import kansa.core.audit.Verdict;

/**
 * Single-key verdict entry on the item list (1 適合, 2 軽微な不適合, 3 重大な不適合, 4 観察事項, 5 改善の機会,
 * 0 該当なし; Delete clears) and the colour each verdict shows with.
 */
final class VerdictKeys {

	/** Verdicts in the order of the buttons and keys. */
	static final List<Verdict> ORDER = List.of(Verdict.CONFORMING, Verdict.MINOR_NONCONFORMITY,
			Verdict.MAJOR_NONCONFORMITY, Verdict.OBSERVATION, Verdict.OPPORTUNITY_FOR_IMPROVEMENT,
			Verdict.NOT_APPLICABLE);

	private static final Map<Character, Verdict> KEYS = Map.of('1', Verdict.CONFORMING, '2',
			Verdict.MINOR_NONCONFORMITY, '3', Verdict.MAJOR_NONCONFORMITY, '4', Verdict.OBSERVATION, '5',
			Verdict.OPPORTUNITY_FOR_IMPROVEMENT, '0', Verdict.NOT_APPLICABLE);

	/** The key for "next unanswered". */
	static final char NEXT_UNANSWERED = 'n';

	private VerdictKeys() {
	}

	/** The verdict a key stands for, or null. */
	static Verdict verdictFor(char key) {
		return KEYS.get(key);
	}

	static char keyOf(Verdict verdict) {
		return KEYS.entrySet().stream().filter(e -> e.getValue() == verdict).map(Map.Entry::getKey).findFirst()
				.orElse(' ');
	}

	/** A light background for the verdict cell, readable with black text; null for 未評価. */
	static RGB background(Verdict verdict) {
		return switch (verdict) {
			case CONFORMING -> new RGB(0xd8, 0xf0, 0xdc);
			case MINOR_NONCONFORMITY -> new RGB(0xff, 0xe2, 0xb8);
			case MAJOR_NONCONFORMITY -> new RGB(0xf8, 0xc8, 0xc4);
			case OBSERVATION -> new RGB(0xd6, 0xe6, 0xfa);
			case OPPORTUNITY_FOR_IMPROVEMENT -> new RGB(0xe0, 0xf2, 0xf0);
			case NOT_APPLICABLE -> new RGB(0xe6, 0xe6, 0xe6);
			case NOT_ASSESSED -> null;
		};
	}
}
