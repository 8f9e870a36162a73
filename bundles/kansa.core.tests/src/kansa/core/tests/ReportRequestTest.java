package kansa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kansa.core.audit.Audit;
import kansa.core.audit.ItemResult;
import kansa.core.audit.Verdict;
import kansa.core.report.ReportRequest;
import kansa.testing.Audits;

/** The previous audit travels with the request; the older constructors still work without it. */
class ReportRequestTest {

	@Test
	void olderConstructorsHaveNoPreviousAudit() {
		Audit audit = Audits.everyField();
		assertNull(new ReportRequest(audit, null).previousAudit());
		ReportRequest r = new ReportRequest(audit, null, Locale.ENGLISH, Map.of("template", "/tmp/t"));
		assertNull(r.previousAudit());
		assertEquals("/tmp/t", r.options().get("template"));
	}

	@Test
	void withPreviousAuditKeepsEverythingElse() {
		Audit audit = Audits.everyField();
		Audit before = new Audit("earlier", audit.title(), audit.client(), audit.scope(), audit.objective(),
				audit.criteria(), null, null, audit.leadAuditor(), audit.team(), audit.auditees(), audit.status(),
				"", audit.checklist(), audit.results(), "");
		ReportRequest r = new ReportRequest(audit, null, Locale.ENGLISH, Map.of("k", "v")).withPreviousAudit(before);
		assertSame(before, r.previousAudit());
		assertSame(audit, r.audit());
		assertEquals(Locale.ENGLISH, r.locale());
		assertEquals("v", r.options().get("k"));
		assertNull(r.withPreviousAudit(null).previousAudit());
	}

	@Test
	void anAuditIsNotItsOwnPrevious() {
		Audit audit = Audits.everyField();
		assertThrows(IllegalArgumentException.class, () -> new ReportRequest(audit, null).withPreviousAudit(audit));
	}

	@Test
	void draftIsAskedForOrFollowsFromUnassessedItems() {
		Audit open = Audits.everyField(); // A.5.15 has no result yet
		ReportRequest r = new ReportRequest(open, null, Locale.JAPANESE, Map.of("k", "v"));
		assertFalse(r.draft(), "the older constructors ask for no draft");
		assertTrue(r.hasUnassessedItems());
		assertTrue(r.marksDraft(), "an item still 未評価 makes the report a draft");

		Audit judged = open.withResult(new ItemResult("A.5.15", "", Verdict.CONFORMING, "", "", null, List.of(),
				List.of()));
		ReportRequest done = new ReportRequest(judged, null, Locale.JAPANESE, Map.of("k", "v"));
		assertFalse(done.hasUnassessedItems());
		assertFalse(done.marksDraft());
		ReportRequest asked = done.withDraft(true);
		assertTrue(asked.draft());
		assertTrue(asked.marksDraft());
		assertEquals("v", asked.options().get("k"));
		assertTrue(asked.withPreviousAudit(null).draft(), "withPreviousAudit keeps the draft flag");
		assertFalse(asked.withDraft(false).marksDraft());
	}
}
