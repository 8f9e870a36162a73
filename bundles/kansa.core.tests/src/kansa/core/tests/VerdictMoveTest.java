package kansa.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kansa.core.audit.Verdict;

/** 悪化 is a move into a nonconformity only; a move to 観察事項 or 改善の機会 is a change, not a deterioration. */
class VerdictMoveTest {

	@Test
	void onlyAMoveIntoANonconformityIsWorse() {
		assertTrue(Verdict.MINOR_NONCONFORMITY.isWorseThan(Verdict.CONFORMING));
		assertTrue(Verdict.MAJOR_NONCONFORMITY.isWorseThan(Verdict.OBSERVATION));
		assertTrue(Verdict.MAJOR_NONCONFORMITY.isWorseThan(Verdict.MINOR_NONCONFORMITY));
		assertFalse(Verdict.OBSERVATION.isWorseThan(Verdict.CONFORMING));
		assertFalse(Verdict.OPPORTUNITY_FOR_IMPROVEMENT.isWorseThan(Verdict.CONFORMING));
		assertFalse(Verdict.OBSERVATION.isWorseThan(Verdict.OPPORTUNITY_FOR_IMPROVEMENT));
		assertFalse(Verdict.MINOR_NONCONFORMITY.isWorseThan(Verdict.NOT_ASSESSED), "未評価 is not on the scale");
		assertFalse(Verdict.MINOR_NONCONFORMITY.isWorseThan(Verdict.MINOR_NONCONFORMITY));
	}

	@Test
	void betterIsOutOfANonconformityOrBackToConforming() {
		assertTrue(Verdict.CONFORMING.isBetterThan(Verdict.MINOR_NONCONFORMITY));
		assertTrue(Verdict.OBSERVATION.isBetterThan(Verdict.MINOR_NONCONFORMITY));
		assertTrue(Verdict.MINOR_NONCONFORMITY.isBetterThan(Verdict.MAJOR_NONCONFORMITY));
		assertTrue(Verdict.CONFORMING.isBetterThan(Verdict.OBSERVATION));
		assertFalse(Verdict.OPPORTUNITY_FOR_IMPROVEMENT.isBetterThan(Verdict.OBSERVATION));
		assertFalse(Verdict.CONFORMING.isBetterThan(Verdict.NOT_APPLICABLE));
		assertFalse(Verdict.OBSERVATION.isBetterThan(Verdict.CONFORMING));
	}
}
