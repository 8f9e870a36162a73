package kansa.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kansa.audit.AuditLifecycle;
import kansa.audit.AuditOperations;
import kansa.audit.AuditRuleException;
import kansa.audit.CarryOver;
import kansa.audit.CorrectiveActions;
import kansa.audit.VerdictChange;
import kansa.audit.YearOverYear;
import kansa.core.audit.Audit;
import kansa.core.audit.AuditOverview;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.Verdict;
import kansa.testing.Audits;

class AuditOperationsTest {

	private static final Instant NOW = Instant.parse("2026-11-05T01:00:00Z");

	private static Audit judged() throws AuditRuleException {
		Audit a = Audits.audit("a1", Audits.standard());
		a = AuditOperations.recordVerdict(a, "A.5.1", "", Verdict.CONFORMING, "承認済み", "総務部長", NOW);
		a = AuditOperations.recordVerdict(a, "A.5.15", "", Verdict.CONFORMING, "", "", NOW);
		a = AuditOperations.addFinding(a, "A.8.8", "本社", FindingGrade.MINOR_NONCONFORMITY, "更新が未適用", "記録",
				"引継ぎ漏れ", "月次確認を定める", "情報システム部", LocalDate.of(2026, 12, 1));
		return a;
	}

	@Test
	void recordingStartsThePlannedAudit() throws Exception {
		Audit a = AuditOperations.recordVerdict(Audits.audit("a1", Audits.standard()), "A.5.1", "", Verdict.CONFORMING,
				"ok", "", NOW);
		assertEquals(AuditStatus.IN_PROGRESS, a.status());
		assertEquals(NOW, a.resultsFor("A.5.1").get(0).recordedAt());
	}

	@Test
	void overviewEditsAreCheckedByTheRecordsAndRefusedOnceReported() throws Exception {
		Audit a = judged();
		AuditOverview o = a.overview().withObjective("規程の運用状況の確認")
				.withDates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3));
		assertEquals("規程の運用状況の確認", AuditOperations.editOverview(a, o).objective());
		AuditRuleException blank = assertThrows(AuditRuleException.class,
				() -> AuditOperations.editOverview(a, o.withClientName(" ")));
		assertTrue(blank.getMessage().contains("client"), blank.getMessage());
		AuditRuleException dates = assertThrows(AuditRuleException.class,
				() -> AuditOperations.editOverview(a, o.withDates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1))));
		assertTrue(dates.getMessage().contains("endDate"), dates.getMessage());
		Audit reported = a.withStatus(AuditStatus.REPORTED);
		assertThrows(AuditRuleException.class, () -> AuditOperations.editOverview(reported, o));
	}

	@Test
	void unknownItemIsRefused() {
		AuditRuleException e = assertThrows(AuditRuleException.class, () -> AuditOperations
				.recordVerdict(Audits.audit("a1", Audits.standard()), "A.9.9", "", Verdict.CONFORMING, "", "", NOW));
		assertTrue(e.getMessage().contains("no item 'A.9.9'"), e.getMessage());
		assertEquals("監査 a1 のチェックリストに項目 'A.9.9' はありません", e.getMessage(Locale.JAPANESE));
		assertEquals("no item 'A.9.9' in the checklist of audit a1", e.getMessage(Locale.ENGLISH));
	}

	@Test
	void nonconformityRaisesACorrectiveActionAndSetsTheVerdict() throws Exception {
		Audit a = judged();
		assertEquals(Verdict.MINOR_NONCONFORMITY, a.verdictOf("A.8.8"));
		var f = a.findings().get(0).finding();
		assertEquals("F-001", f.id());
		assertEquals("CAR-001", f.correctiveAction().id());
		assertEquals("A.8.8", f.requirement().clause());
		Audit b = AuditOperations.addFinding(a, "A.5.1", "", FindingGrade.OBSERVATION, "周知が弱い", "", "", "", "", null);
		assertEquals("F-002", b.findings().get(0).finding().id());
		assertNull(b.findings().get(0).finding().correctiveAction(), "observations raise no request");
		assertEquals(Verdict.OBSERVATION, b.verdictOf("A.5.1"));
	}

	@Test
	void correctiveActionsFollowTheirLifeCycle() throws Exception {
		Audit a = judged();
		assertThrows(AuditRuleException.class,
				() -> AuditOperations.updateCorrectiveAction(a, "CAR-001", CorrectiveActionStatus.CLOSED, ""));
		AuditRuleException noResponse = assertThrows(AuditRuleException.class,
				() -> AuditOperations.updateCorrectiveAction(a, "CAR-001", CorrectiveActionStatus.RESPONSE_RECEIVED, ""));
		assertTrue(noResponse.getMessage().contains("response"), noResponse.getMessage());
		Audit b = AuditOperations.updateCorrectiveAction(a, "CAR-001", CorrectiveActionStatus.RESPONSE_RECEIVED, "適用済み");
		b = AuditOperations.updateCorrectiveAction(b, "CAR-001", CorrectiveActionStatus.VERIFIED, null);
		b = AuditOperations.updateCorrectiveAction(b, "CAR-001", CorrectiveActionStatus.CLOSED, null);
		var car = CorrectiveActions.find(b, "CAR-001").orElseThrow();
		assertEquals(CorrectiveActionStatus.CLOSED, car.status());
		assertEquals("適用済み", car.response());
	}

	@Test
	void reportingNeedsEveryItemJudgedAndClosingNeedsEveryRequestClosed() throws Exception {
		Audit partial = AuditOperations.recordVerdict(Audits.audit("a1", Audits.standard()), "A.5.1", "",
				Verdict.MINOR_NONCONFORMITY, "", "", NOW);
		List<String> problems = AuditLifecycle.problems(partial, AuditStatus.REPORTED);
		assertTrue(problems.contains("未評価の項目が 2 件あります（A.5.15, A.8.8） / 2 items are not assessed (A.5.15, A.8.8)"),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("ですが指摘事項がありません / ")
				&& p.endsWith(" is minor nonconformity but has no finding")), problems.toString());

		Audit reported = AuditLifecycle.moveTo(judged(), AuditStatus.REPORTED);
		AuditRuleException readOnly = assertThrows(AuditRuleException.class, () -> AuditOperations
				.recordVerdict(reported, "A.5.1", "", Verdict.OBSERVATION, "", "", NOW),
				"reported audits are read-only until reopened");
		assertEquals("監査 a1 は報告済のため結果を変更できません。変更するには実施中に戻してください / audit a1 is reported: reopen it"
				+ " (status in-progress) to change results", readOnly.getMessage());
		AuditRuleException e = assertThrows(AuditRuleException.class,
				() -> AuditLifecycle.moveTo(reported, AuditStatus.CLOSED));
		assertEquals("監査 a1 を完了にできません: CAR-001 はまだ未回答です", e.getMessage(Locale.JAPANESE));
		assertEquals("audit a1 cannot be closed: CAR-001 is still open", e.getMessage(Locale.ENGLISH));
		assertEquals(AuditStatus.IN_PROGRESS, AuditLifecycle.moveTo(reported, AuditStatus.IN_PROGRESS).status());
	}

	@Test
	void reportingIsRefusedWhileAFindingsGradeAndItsVerdictDisagree() throws Exception {
		Audit a = AuditOperations.recordVerdict(judged(), "A.8.8", "本社", Verdict.MAJOR_NONCONFORMITY, null, null, NOW);
		List<String> problems = AuditLifecycle.problems(a, AuditStatus.REPORTED);
		assertTrue(problems.stream().anyMatch(p -> p.contains("（本社） は重大な不適合ですが、指摘事項は軽微な不適合です")
				&& p.contains("(本社) is major nonconformity but its finding is minor nonconformity")),
				problems.toString());
		Audit conforming = AuditOperations.recordVerdict(judged(), "A.8.8", "本社", Verdict.CONFORMING, null, null, NOW);
		assertTrue(AuditLifecycle.problems(conforming, AuditStatus.REPORTED).stream()
				.anyMatch(p -> p.contains("は適合ですが、指摘事項は軽微な不適合です")));
		assertTrue(AuditLifecycle.problems(judged(), AuditStatus.REPORTED).isEmpty(), "grade and verdict agree");
		assertEquals(FindingGrade.MAJOR_NONCONFORMITY, FindingGrade.matching(Verdict.MAJOR_NONCONFORMITY).orElseThrow());
		assertTrue(FindingGrade.matching(Verdict.CONFORMING).isEmpty());
	}

	@Test
	void openRequestsAreCarriedIntoTheNextAuditAndClosedThere() throws Exception {
		Audit previous = judged();
		Audit next = CarryOver.followUp(previous, Audits.audit("a2", Audits.standard()));
		assertEquals("a1", next.previousAuditId());
		assertEquals(1, next.carriedOver().size());
		assertEquals("F-001", next.carriedOver().get(0).findingId());
		assertEquals(1, CorrectiveActions.open(next).size());
		Audit withNewFinding = AuditOperations.addFinding(next, "A.5.1", "", FindingGrade.MINOR_NONCONFORMITY, "周知不足",
				"", "", "", "", null);
		assertEquals("F-001", withNewFinding.findings().get(0).finding().id(), "numbers restart in every audit");
		assertEquals("CAR-001", withNewFinding.findings().get(0).finding().correctiveAction().id());
		assertEquals("a1/CAR-001", withNewFinding.carriedOver().get(0).reference());
		// CAR-001 is this audit's own; the carried one is named with its audit
		Audit ownAnswered = AuditOperations.updateCorrectiveAction(withNewFinding, "CAR-001",
				CorrectiveActionStatus.RESPONSE_RECEIVED, "周知した");
		assertEquals(CorrectiveActionStatus.RESPONSE_RECEIVED,
				ownAnswered.findings().get(0).finding().correctiveAction().status());
		assertEquals(CorrectiveActionStatus.OPEN, ownAnswered.carriedOver().get(0).action().status());
		Audit carriedAnswered = AuditOperations.updateCorrectiveAction(withNewFinding, "a1/CAR-001",
				CorrectiveActionStatus.RESPONSE_RECEIVED, "対応済");
		assertEquals(CorrectiveActionStatus.RESPONSE_RECEIVED, carriedAnswered.carriedOver().get(0).action().status());
		assertEquals(CorrectiveActionStatus.OPEN, carriedAnswered.findings().get(0).finding().correctiveAction().status());

		Audit closedThere = AuditOperations.updateCorrectiveAction(next, "CAR-001", CorrectiveActionStatus.RESPONSE_RECEIVED, "対応済");
		closedThere = AuditOperations.updateCorrectiveAction(closedThere, "CAR-001", CorrectiveActionStatus.VERIFIED, null);
		closedThere = AuditOperations.updateCorrectiveAction(closedThere, "CAR-001", CorrectiveActionStatus.CLOSED, null);
		assertEquals(0, CorrectiveActions.open(closedThere).size());
		Audit third = CarryOver.followUp(closedThere, Audits.audit("a3", Audits.standard()));
		assertEquals(0, third.carriedOver().size(), "closed requests stay behind");
		Audit fourth = CarryOver.followUp(next, Audits.audit("a4", Audits.standard()));
		assertEquals("a1", fourth.carriedOver().get(0).fromAuditId(), "still-open carried requests keep their origin");
	}

	@Test
	void yearOverYearListsEachItemsPreviousAndCurrentVerdict() throws Exception {
		Audit previous = judged();
		Audit current = Audits.audit("a2", Audits.checklist(Audits.item("A.5.1", "方針"),
				Audits.item("A.8.8", "脆弱性管理"), Audits.item("A.8.9", "構成管理")));
		current = AuditOperations.recordVerdict(current, "A.5.1", "", Verdict.MINOR_NONCONFORMITY, "", "", NOW);
		current = AuditOperations.recordVerdict(current, "A.8.8", "", Verdict.CONFORMING, "", "", NOW);
		List<VerdictChange> rows = YearOverYear.compare(previous, current);
		assertEquals(List.of("A.5.1", "A.8.8", "A.8.9", "A.5.15"), rows.stream().map(VerdictChange::itemId).toList());
		assertEquals(VerdictChange.Trend.WORSENED, rows.get(0).trend());
		assertEquals(VerdictChange.Trend.IMPROVED, rows.get(1).trend());
		assertEquals(Verdict.MINOR_NONCONFORMITY, rows.get(1).previous());
		assertEquals(VerdictChange.Trend.NEW, rows.get(2).trend());
		assertEquals(VerdictChange.Trend.REMOVED, rows.get(3).trend());
	}

	@Test
	void aMoveToAnObservationOrOpportunityIsAChangeNotADeterioration() {
		assertEquals(VerdictChange.Trend.CHANGED,
				new VerdictChange("A.5.1", "A.5.1", "方針", Verdict.CONFORMING, Verdict.OBSERVATION).trend());
		assertEquals(VerdictChange.Trend.CHANGED, new VerdictChange("A.5.1", "A.5.1", "方針", Verdict.CONFORMING,
				Verdict.OPPORTUNITY_FOR_IMPROVEMENT).trend());
		assertEquals(VerdictChange.Trend.WORSENED, new VerdictChange("A.5.1", "A.5.1", "方針", Verdict.OBSERVATION,
				Verdict.MAJOR_NONCONFORMITY).trend());
		assertEquals(VerdictChange.Trend.IMPROVED, new VerdictChange("A.5.1", "A.5.1", "方針",
				Verdict.MINOR_NONCONFORMITY, Verdict.OBSERVATION).trend());
		assertEquals(VerdictChange.Trend.NOT_COMPARABLE, new VerdictChange("A.5.1", "A.5.1", "方針",
				Verdict.NOT_ASSESSED, Verdict.CONFORMING).trend());
	}
}
