package kansa.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kansa.audit.AuditLifecycle;
import kansa.audit.AuditOperations;
import kansa.audit.AuditRuleException;
import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Verdict;
import kansa.core.text.Language;
import kansa.core.text.Message;
import kansa.testing.Audits;

/**
 * Every move between two statuses of the life cycle, one row each, so that changing one rule breaks exactly one
 * row. The audit is ready for every step (all items judged 適合, no open corrective action): a refusal here can
 * only be the rule of the step itself, never the audit's content.
 */
class AuditLifecycleTableTest {

	private static final Instant NOW = Instant.parse("2026-11-05T01:00:00Z");

	/** What a move gives: the new status, or a refusal saying the step does not exist. */
	enum Outcome {
		ALLOWED, NOT_A_STEP
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource(textBlock = """
			PLANNED,     PLANNED,     ALLOWED
			PLANNED,     IN_PROGRESS, ALLOWED
			PLANNED,     REPORTED,    NOT_A_STEP
			PLANNED,     CLOSED,      NOT_A_STEP
			IN_PROGRESS, PLANNED,     NOT_A_STEP
			IN_PROGRESS, IN_PROGRESS, ALLOWED
			IN_PROGRESS, REPORTED,    ALLOWED
			IN_PROGRESS, CLOSED,      NOT_A_STEP
			REPORTED,    PLANNED,     NOT_A_STEP
			REPORTED,    IN_PROGRESS, ALLOWED
			REPORTED,    REPORTED,    ALLOWED
			REPORTED,    CLOSED,      ALLOWED
			CLOSED,      PLANNED,     NOT_A_STEP
			CLOSED,      IN_PROGRESS, NOT_A_STEP
			CLOSED,      REPORTED,    NOT_A_STEP
			CLOSED,      CLOSED,      NOT_A_STEP
			""")
	void move(AuditStatus from, AuditStatus to, Outcome expected) throws Exception {
		Audit audit = ready().withStatus(from);
		List<Message> reasons = AuditLifecycle.reasons(audit, to);
		if (expected == Outcome.ALLOWED) {
			assertEquals(List.of(), reasons);
			assertEquals(List.of(), AuditLifecycle.problems(audit, to));
			assertEquals(to, AuditLifecycle.moveTo(audit, to).status());
			assertEquals(audit.withStatus(to), AuditLifecycle.moveTo(audit, to), "only the status changes");
			return;
		}
		// the step's own refusal: one reason naming both statuses in each language, outside the list of all steps
		// that it may add in brackets
		assertEquals(1, reasons.size(), reasons.toString());
		assertEquals("audit.cannotMove", reasons.get(0).key());
		String ja = reasons.get(0).render(Language.JA).replaceAll("（[^）]*）", "");
		String en = reasons.get(0).render(Language.EN).replaceAll("\\([^)]*\\)", "").toLowerCase(Locale.ROOT);
		assertTrue(ja.contains(JA.get(from.ordinal())) && ja.contains(JA.get(to.ordinal())), ja);
		assertTrue(en.contains(EN.get(from.ordinal())) && en.contains(EN.get(to.ordinal())), en);
		AuditRuleException refused = assertThrows(AuditRuleException.class, () -> AuditLifecycle.moveTo(audit, to));
		assertTrue(refused.getMessage().contains(audit.id()), refused.getMessage());
	}

	/** The table above covers every pair of statuses, each once (a new status must get its rows). */
	@Test
	void tableCoversEveryPair() {
		Set<AuditStatus> all = EnumSet.allOf(AuditStatus.class);
		assertEquals(JA.size(), all.size(), "a status was added or removed: give it its rows in the table");
	}

	/** Labels written out, not taken from the enum, so a refusal that names the wrong status is caught. */
	private static final List<String> JA = List.of("計画", "実施中", "報告済", "完了");
	private static final List<String> EN = List.of("planned", "in progress", "reported", "closed");

	/** An audit every step may take: all items judged 適合, no finding, no corrective action. */
	private static Audit ready() throws AuditRuleException {
		Audit a = Audits.audit("a1", Audits.standard());
		for (String item : List.of("A.5.1", "A.5.15", "A.8.8")) {
			a = AuditOperations.recordVerdict(a, item, "", Verdict.CONFORMING, "確認済み", "", NOW);
		}
		return a;
	}
}
