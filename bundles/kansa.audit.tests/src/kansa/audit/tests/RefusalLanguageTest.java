package kansa.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import kansa.audit.AuditLifecycle;
import kansa.audit.AuditOperations;
import kansa.audit.AuditRuleException;
import kansa.audit.VerdictChange;
import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.Verdict;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.RequirementRef;
import kansa.core.text.Labelled;
import kansa.core.text.Language;
import kansa.core.text.LocalizedText;
import kansa.core.text.Message;
import kansa.testing.Audits;

/**
 * Every refusal is one message rendered in the user's language: the Japanese text carries the Japanese labels
 * and the English text the English ones, never the other's.
 */
class RefusalLanguageTest {

	private static final Instant NOW = Instant.parse("2026-11-05T01:00:00Z");

	/** A checklist whose items have both titles, so nothing Japanese is left for English to fall back on. */
	private static Audit audit() {
		ChecklistItem item = new ChecklistItem("A.5.1", "A.5.1", LocalizedText.of("方針", "Policies"),
				List.of(new RequirementRef("ISO/IEC 27001:2022", "A.5.1")), List.of(), null, null, null, Map.of());
		return Audits.audit("a1", Audits.checklist(item));
	}

	private static AuditRuleException refusal(Executable operation) {
		return assertThrows(AuditRuleException.class, operation);
	}

	@Test
	void auditLifeCycleRefusal() {
		AuditRuleException e = refusal(() -> AuditLifecycle.moveTo(audit(), AuditStatus.REPORTED));
		assertEquals("audit.refused", e.message().key());
		assertEquals("audit.cannotMove", AuditLifecycle.reasons(audit(), AuditStatus.REPORTED).get(0).key());
		assertRendered(e, "監査 a1 を報告済にできません: 計画 から 報告済 には進めません（計画 → 実施中 → 報告済 → 完了）",
				"audit a1 cannot be reported: cannot go from planned to reported (planned → in progress → reported → closed)");
	}

	@Test
	void auditCannotCloseWhileARequestIsOpen() throws Exception {
		Audit a = AuditOperations.addFinding(audit(), "A.5.1", "", FindingGrade.MINOR_NONCONFORMITY, "未承認", "", "",
				"承認を得る", "", null);
		Audit reported = AuditLifecycle.moveTo(a, AuditStatus.REPORTED);
		AuditRuleException e = refusal(() -> AuditLifecycle.moveTo(reported, AuditStatus.CLOSED));
		assertRendered(e, "監査 a1 を完了にできません: CAR-001 はまだ未回答です", "audit a1 cannot be closed: CAR-001 is still open");
	}

	@Test
	void reasonsListEveryProblemInOneLanguage() throws Exception {
		Audit a = AuditOperations.recordVerdict(audit(), "A.5.1", "", Verdict.MAJOR_NONCONFORMITY, "", "", NOW);
		List<Message> reasons = AuditLifecycle.reasons(a, AuditStatus.REPORTED);
		assertEquals(List.of("audit.noFinding"), reasons.stream().map(Message::key).toList());
		assertEquals("A.5.1 方針 は重大な不適合ですが指摘事項がありません", reasons.get(0).render(Language.JA));
		assertEquals("A.5.1 Policies is major nonconformity but has no finding", reasons.get(0).render(Language.EN));
	}

	@Test
	void correctiveActionLifeCycleRefusal() throws Exception {
		Audit a = AuditOperations.addFinding(audit(), "A.5.1", "", FindingGrade.MINOR_NONCONFORMITY, "未承認", "", "",
				"承認を得る", "", null);
		AuditRuleException e = refusal(
				() -> AuditOperations.updateCorrectiveAction(a, "CAR-001", CorrectiveActionStatus.CLOSED, ""));
		assertEquals("car.cannotMove", e.message().key());
		assertRendered(e, "CAR-001: 未回答 から 完了 には進めません（未回答 → 回答受領 → 有効性確認済 → 完了）",
				"CAR-001: cannot go from open to closed (open → response received → verified → closed)");
		AuditRuleException noResponse = refusal(
				() -> AuditOperations.updateCorrectiveAction(a, "CAR-001", CorrectiveActionStatus.RESPONSE_RECEIVED, " "));
		assertEquals("car.responseNeeded", noResponse.message().key());
		assertRendered(noResponse, "CAR-001: 回答受領にするには依頼者の回答を記録してください",
				"CAR-001: record the client's response with the status response received");
	}

	@Test
	void reportedAuditIsReadOnly() throws Exception {
		Audit reported = AuditOperations.recordVerdict(audit(), "A.5.1", "", Verdict.CONFORMING, "", "", NOW)
				.withStatus(AuditStatus.REPORTED);
		AuditRuleException e = refusal(
				() -> AuditOperations.recordVerdict(reported, "A.5.1", "", Verdict.OBSERVATION, "", "", NOW));
		assertEquals("audit.notEditable", e.message().key());
		assertRendered(e, "監査 a1 は報告済のため結果を変更できません。変更するには実施中に戻してください",
				"audit a1 is reported: reopen it (status in-progress) to change results");
	}

	@Test
	void unknownItemAndUnknownRequest() {
		AuditRuleException item = refusal(
				() -> AuditOperations.recordVerdict(audit(), "A.9.9", "", Verdict.CONFORMING, "", "", NOW));
		assertEquals("audit.noItem", item.message().key());
		assertRendered(item, "監査 a1 のチェックリストに項目 'A.9.9' はありません", "no item 'A.9.9' in the checklist of audit a1");
		AuditRuleException car = refusal(
				() -> AuditOperations.updateCorrectiveAction(audit(), "CAR-009", CorrectiveActionStatus.VERIFIED, ""));
		assertEquals("car.notFound", car.message().key());
		assertRendered(car, "監査 a1 に是正処置 CAR-009 はありません", "no corrective action CAR-009 in audit a1");
	}

	/** The command line prints both renderings on one line. */
	@Test
	void getMessageGivesBothLanguages() {
		AuditRuleException e = refusal(() -> AuditLifecycle.moveTo(audit(), AuditStatus.CLOSED));
		assertEquals(e.getMessage(Language.JA) + " / " + e.getMessage(Language.EN), e.getMessage());
	}

	/** Every key has a pattern in both files, and each pattern is a valid MessageFormat. */
	@Test
	void everyMessageHasBothLanguages() throws IOException {
		Properties en = properties("messages.properties");
		Properties ja = properties("messages_ja.properties");
		assertEquals(en.stringPropertyNames(), ja.stringPropertyNames());
		for (String key : en.stringPropertyNames()) {
			new MessageFormat(en.getProperty(key));
			new MessageFormat(ja.getProperty(key));
			assertFalse(hasJapanese(en.getProperty(key)), key + ": " + en.getProperty(key));
		}
	}

	/** A trend added without its labels fails here (its label would be its constant's name). */
	@Test
	void everyTrendHasBothLabels() {
		for (VerdictChange.Trend t : VerdictChange.Trend.values()) {
			assertTrue(hasJapanese(t.label(Language.JA)), t + ": " + t.label(Language.JA));
			assertNotEquals(t.name(), t.label(Language.EN));
			assertFalse(hasJapanese(t.label(Language.EN)), t + ": " + t.label(Language.EN));
		}
		assertEquals("悪化", VerdictChange.Trend.WORSENED.label(Language.JA));
		assertEquals("Not comparable", VerdictChange.Trend.NOT_COMPARABLE.label(Language.EN));
	}

	private static Properties properties(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = AuditRuleException.class.getResourceAsStream(name)) {
			assertTrue(in != null, name);
			p.load(in);
		}
		return p;
	}

	/** Exact texts, and no label of the other language in either. */
	private static void assertRendered(AuditRuleException e, String japanese, String english) {
		assertEquals(japanese, e.getMessage(Language.JA));
		assertEquals(english, e.getMessage(Language.EN));
		assertFalse(hasJapanese(english), english);
		labels().forEach(l -> {
			String en = l.label(Language.EN);
			assertFalse(japanese.contains(en) || japanese.contains(en.toLowerCase(java.util.Locale.ROOT)),
					"English label '" + en + "' in: " + japanese);
		});
	}

	private static Stream<Labelled> labels() {
		return Stream.of(AuditStatus.values(), CorrectiveActionStatus.values(), Verdict.values(), FindingGrade.values())
				.flatMap(Stream::of);
	}

	static boolean hasJapanese(String text) {
		return text.codePoints().anyMatch(c -> switch (Character.UnicodeScript.of(c)) {
			case HAN, HIRAGANA, KATAKANA -> true;
			default -> c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF; // 「」、。（） and full-width forms
		});
	}
}
