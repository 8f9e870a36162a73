package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kansa.checklist.Checklists;
import kansa.checklist.diff.ChecklistDiff;
import kansa.checklist.diff.ChecklistDiff.FieldChange;
import kansa.checklist.diff.ChecklistDiff.ItemChange;
import kansa.checklist.diff.ChecklistDiff.Kind;
import kansa.checklist.diff.ChecklistDiffer;
import kansa.checklist.edit.ChecklistEditor;
import kansa.checklist.edit.Edits;
import kansa.checklist.edit.Items;
import kansa.core.checklist.Checklist;
import kansa.core.text.LocalizedText;

class DiffTest {

	private static ItemChange change(ChecklistDiff d, String id) {
		return d.items().stream().filter(i -> i.itemId().equals(id)).findFirst().orElse(null);
	}

	@Test
	void addedRemovedMovedAndEditedItemsAreEachReported() throws Exception {
		Checklist v1 = new ChecklistEditor(Fixtures.itaku()).execute(Edits.addItem("s1", -1,
				Fixtures.item("1.4", "委託の実績を把握していますか。")));
		ChecklistEditor e = new ChecklistEditor(v1);
		e.execute(Edits.addItem("s1", 1, Fixtures.item("1.3", "委託先一覧は最新ですか。")));   // added in the middle
		e.execute(Edits.deleteItem("2.1"));                                                   // removed
		e.execute(Edits.moveItem("2.3.1", "s1", -1));                                         // moved to another section
		e.execute(Edits.moveItem("1.4", "s1", 0));                                            // reordered in place
		e.execute(Edits.editItem("2.2", "編集", i -> Items.withExtras(
				Items.withHowToCheck(i, LocalizedText.of("承認記録を閲覧する。", "Read the approvals.")), Map.of("備考", "新設"))));
		Checklist v2 = Checklists.asVersion(e.current(), "1.1", "委託先一覧の確認を追加");

		ChecklistDiff d = ChecklistDiffer.diff(v1, v2);
		assertEquals("itaku@1.0", d.from());
		assertEquals("itaku@1.1", d.to());
		assertEquals(Kind.ADDED, change(d, "1.3").kind());
		assertEquals(Kind.REMOVED, change(d, "2.1").kind());

		ItemChange moved = change(d, "2.3.1");
		assertEquals(new ChecklistDiff.Move("s2.3", 1, "s1", 5), moved.move());
		assertTrue(moved.fields().isEmpty());

		ItemChange reordered = change(d, "1.4");
		assertEquals(new ChecklistDiff.Move("s1", 3, "s1", 1), reordered.move());
		assertNull(change(d, "1.1"), "an item whose neighbours moved did not move itself");
		assertNull(change(d, "1.2"), "an item whose neighbours moved did not move itself");

		ItemChange edited = change(d, "2.2");
		assertEquals(null, edited.move(), "2.2 kept its place among the shared items of s2");
		assertEquals(List.of(new FieldChange("howToCheck.ja", "記録を閲覧する。", "承認記録を閲覧する。"),
				new FieldChange("howToCheck.en", "Read the records.", "Read the approvals."),
				new FieldChange("extras[備考]", "", "新設")), edited.fields());

		assertEquals(1, d.count(Kind.ADDED));
		assertEquals(1, d.count(Kind.REMOVED));
		assertEquals(2, d.movedCount());
		assertEquals(1, d.editedCount());
		assertEquals(5, d.items().size(), d.items().toString());
		assertTrue(d.sections().isEmpty());
	}

	@Test
	void renumberingIsAnEditOfTheNumberOnly() throws Exception {
		Checklist v1 = Fixtures.itaku();
		ChecklistEditor e = new ChecklistEditor(v1);
		e.execute(Edits.editSection("s2.3", "2.9", LocalizedText.of("定期評価", "Periodic review")));
		e.execute(Edits.editItem("2.3.1", "番号", i -> Items.withNumber(i, "2.9.1")));
		ChecklistDiff d = ChecklistDiffer.diff(v1, e.current());
		assertEquals(List.of(new FieldChange("number", "2.3.1", "2.9.1")), change(d, "2.3.1").fields());
		assertEquals(List.of(new FieldChange("number", "2.3", "2.9"), new FieldChange("title.en", "", "Periodic review")),
				d.sections().get(0).fields());
	}

	@Test
	void identicalVersionsHaveAnEmptyDiff() {
		assertTrue(ChecklistDiffer.diff(Fixtures.itaku(), Fixtures.itaku()).isEmpty());
	}
}
