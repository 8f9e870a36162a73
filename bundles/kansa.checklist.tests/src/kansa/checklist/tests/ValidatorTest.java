package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kansa.checklist.ChecklistValidator;
import kansa.checklist.Problem;
import kansa.checklist.Problem.Severity;
import kansa.checklist.edit.ChecklistEditor;
import kansa.checklist.edit.Edits;
import kansa.checklist.edit.Items;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ItemRef;
import kansa.core.checklist.NotApplicable;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;

class ValidatorTest {

	private static boolean has(List<Problem> problems, Severity severity, String where, String text) {
		return problems.stream().anyMatch(p -> p.severity() == severity && p.where().equals(where)
				&& p.message().contains(text));
	}

	@Test
	void aCleanChecklistHasNoProblems() {
		assertEquals(List.of(), new ChecklistValidator().validate(Fixtures.itaku()));
	}

	@Test
	void emptyQuestionsDanglingReferencesAndExclusionsWithoutReasonAreListed() throws Exception {
		Checklist other = Fixtures.itaku();
		ChecklistEditor e = new ChecklistEditor(Fixtures.itaku());
		e.execute(Edits.editItem("1.1", "質問を削除", i -> Items.withQuestions(i, List.of(LocalizedText.EMPTY))));
		e.execute(Edits.editItem("1.2", "関連", i -> Fixtures.withRelated(i, ItemRef.parse("2.1"),
				ItemRef.parse("9.9"), ItemRef.parse("itaku#1.1"), ItemRef.parse("other#4.4"),
				ItemRef.parse("unknown#1"))));
		e.execute(Edits.editItem("2.1", "除外", i -> Fixtures.withNa(i, new NotApplicable("大阪", ""))));
		e.execute(Edits.editItem("2.2", "番号", i -> Items.withNumber(i, "2.1")));
		ChecklistValidator v = new ChecklistValidator(id -> id.equals("other") ? Optional.of(other) : Optional.empty());
		List<Problem> p = v.validate(e.current());
		assertTrue(has(p, Severity.ERROR, "1.1", "確認項目（質問）がありません"), p.toString());
		assertTrue(has(p, Severity.ERROR, "1.2 related", "9.9"), p.toString());
		assertTrue(has(p, Severity.ERROR, "1.2 related", "other#4.4"), p.toString());
		assertTrue(has(p, Severity.WARNING, "1.2 related", "unknown#1"), p.toString());
		assertTrue(has(p, Severity.WARNING, "2.1", "理由がありません"), p.toString());
		assertTrue(has(p, Severity.WARNING, "2.2", "番号 2.1"), p.toString());
		assertEquals(3, p.stream().filter(Problem::isError).count(), p.toString());
	}

	@Test
	void duplicateIdsInAFileAreListedNotThrown() {
		String json = new String(KansaJson.write(Fixtures.itaku()), StandardCharsets.UTF_8)
				.replace("\"id\" : \"1.2\"", "\"id\" : \"1.1\"").replace("\"id\" : \"2.2\"", "\"id\" : \"2.1\"");
		List<Problem> p = new ChecklistValidator().validate(json.getBytes(StandardCharsets.UTF_8), "itaku.json");
		assertTrue(has(p, Severity.ERROR, "1.1", "2 回"), p.toString());
		assertTrue(has(p, Severity.ERROR, "2.1", "2 回"), p.toString());
	}

	@Test
	void brokenFilesAndBadVersionsBecomeProblems() {
		List<Problem> p = new ChecklistValidator().validate("{\"schemaVersion\":1,\"id\":".getBytes(StandardCharsets.UTF_8),
				"broken.json");
		assertEquals(1, p.size(), p.toString());
		assertTrue(p.get(0).message().contains("broken.json:1"), p.toString());
		Checklist c = Fixtures.itaku();
		Checklist badVersion = new Checklist(c.id(), "1.0 下書き", c.title(), "", "", null, "", "", c.sections());
		assertTrue(has(new ChecklistValidator().validate(badVersion), Severity.ERROR, "version", "1.0 下書き"));
	}

	@Test
	void emptySectionsAreNoted() throws Exception {
		ChecklistEditor e = new ChecklistEditor(Fixtures.itaku());
		e.execute(Edits.deleteItem("2.3.1"));
		assertTrue(has(new ChecklistValidator().validate(e.current()), Severity.WARNING, "s2.3", "項目がありません"));
		assertEquals(Map.of(), e.current().item("1.1").orElseThrow().extras());
	}
}
