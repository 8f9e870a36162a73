package kansa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import kansa.core.audit.AuditStatus;
import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.EvidenceKind;
import kansa.core.audit.EvidenceStatus;
import kansa.core.audit.FindingGrade;
import kansa.core.audit.Verdict;
import kansa.core.text.Labelled;
import kansa.core.text.Language;
import kansa.core.text.LocalizedText;
import kansa.core.text.Message;

/** The labels of the audit vocabulary and the one choice between Japanese and English. */
class VocabularyTest {

	/** Every Labelled enum of kansa.core, found in the bundle: a new enum is checked without being listed. */
	private static List<Class<?>> labelledEnums() throws ClassNotFoundException {
		BundleWiring wiring = FrameworkUtil.getBundle(Verdict.class).adapt(BundleWiring.class);
		List<Class<?>> found = new ArrayList<>();
		for (String path : wiring.listResources("kansa/core", "*.class", BundleWiring.LISTRESOURCES_RECURSE)) {
			String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
			Class<?> c = Class.forName(name, false, Verdict.class.getClassLoader());
			if (c.isEnum() && Labelled.class.isAssignableFrom(c)) {
				found.add(c);
			}
		}
		return found;
	}

	/** A constant added without its labels fails here: its label would be its name. */
	@Test
	void everyConstantHasBothLabels() throws Exception {
		List<Class<?>> enums = labelledEnums();
		assertTrue(enums.containsAll(List.of(Verdict.class, AuditStatus.class, FindingGrade.class,
				CorrectiveActionStatus.class, EvidenceStatus.class, EvidenceKind.class)), enums.toString());
		for (Class<?> type : enums) {
			for (Object constant : type.getEnumConstants()) {
				Labelled l = (Labelled) constant;
				String ja = l.label(Language.JA);
				String en = l.label(Language.EN);
				assertTrue(hasJapanese(ja), type.getSimpleName() + "." + l.name() + " has no Japanese label: " + ja);
				assertNotEquals(l.name(), en, type.getSimpleName() + "." + l.name() + " has no English label");
				assertFalse(hasJapanese(en), type.getSimpleName() + "." + l.name() + ": " + en);
			}
		}
	}

	/** The domain terms reports, sheets and the command line print, exactly. */
	@ParameterizedTest
	@CsvSource({ "CONFORMING, 適合, Conforming", "MINOR_NONCONFORMITY, 軽微な不適合, Minor nonconformity",
			"MAJOR_NONCONFORMITY, 重大な不適合, Major nonconformity", "OBSERVATION, 観察事項, Observation",
			"OPPORTUNITY_FOR_IMPROVEMENT, 改善の機会, Opportunity for improvement",
			"NOT_APPLICABLE, 該当なし, Not applicable", "NOT_ASSESSED, 未評価, Not assessed" })
	void verdictLabels(Verdict v, String ja, String en) {
		assertEquals(ja, v.label(Language.JA));
		assertEquals(en, v.label(Language.EN));
		assertEquals(ja, v.label(Locale.JAPAN));
		assertEquals(en, v.label(Locale.US));
		assertEquals(v, Verdict.parse(ja));
		assertEquals(v, Verdict.parse(en.toUpperCase(Locale.ROOT)));
	}

	@Test
	void statusLabels() {
		assertEquals(List.of("計画", "実施中", "報告済", "完了"),
				List.of(AuditStatus.values()).stream().map(s -> s.label(Language.JA)).toList());
		assertEquals(List.of("未回答", "回答受領", "有効性確認済", "完了"),
				List.of(CorrectiveActionStatus.values()).stream().map(s -> s.label(Language.JA)).toList());
		assertEquals(List.of("重大な不適合", "軽微な不適合", "観察事項", "改善の機会"),
				List.of(FindingGrade.values()).stream().map(s -> s.label(Language.JA)).toList());
		assertEquals("改ざんの疑い", EvidenceStatus.CHANGED.label(Language.JA));
		assertEquals("写真", EvidenceKind.PHOTO.label(Language.JA));
	}

	/** Japanese for a Japanese locale (and for none), English for every other: the user's language too. */
	@Test
	void oneChoiceOfLanguage() {
		assertEquals(Language.JA, Language.of(null));
		assertEquals(Language.JA, Language.of(Locale.JAPAN));
		assertEquals(Language.EN, Language.of(Locale.US));
		assertEquals(Language.EN, Language.of(Locale.GERMANY));
		assertEquals(Language.EN, Language.ofTag("en_US"));
		assertEquals(Language.JA, Language.ofTag("ja_JP"));
		assertEquals(Language.JA, Language.ofTag(""));
		assertEquals(Language.of(Locale.getDefault()), Language.user());
		assertEquals("Planned", AuditStatus.PLANNED.label(Locale.GERMAN));
		assertEquals("English", LocalizedText.of("日本語", "English").get(Locale.FRENCH));
		assertEquals("日本語", LocalizedText.of("日本語", "").in(Language.EN), "falls back to the other language");
	}

	@Test
	void labelsInsideAMessageFollowItsLanguage() {
		Message steps = Message.sequence(" → ", List.of(AuditStatus.values()));
		assertEquals("計画 → 実施中 → 報告済 → 完了", steps.render(Language.JA));
		assertEquals("planned → in progress → reported → closed", steps.render(Language.EN));
		Message clauses = Message.joined(List.of(Message.text("a"), Message.sequence(", ", List.of(Verdict.CONFORMING))));
		assertEquals("a、適合", clauses.render(Language.JA));
		assertEquals("a; conforming", clauses.render(Language.EN));
		assertEquals("a; conforming", clauses.render(Locale.UK));
		assertEquals("a、適合 / a; conforming", clauses.inBoth());
		assertEquals("same", Message.text("same").inBoth());
		assertEquals("x", Message.of(new IllegalStateException("x")).render(Language.EN));
	}

	private static boolean hasJapanese(String text) {
		return text.codePoints().anyMatch(c -> switch (Character.UnicodeScript.of(c)) {
			case HAN, HIRAGANA, KATAKANA -> true;
			default -> false;
		});
	}
}
