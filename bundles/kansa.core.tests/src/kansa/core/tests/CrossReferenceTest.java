package kansa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.ChecklistMapping;
import kansa.core.checklist.ItemRef;
import kansa.core.checklist.NotApplicable;
import kansa.core.checklist.Section;
import kansa.core.json.KansaJson;
import kansa.core.text.LocalizedText;

/** Cross-references, exclusions and mapping tables added in 0.1.1, and files written before them. */
class CrossReferenceTest {

	@Test
	void itemRefParsesAndPrintsBothForms() {
		assertEquals(new ItemRef("", "A.3.4.2.4"), ItemRef.parse("A.3.4.2.4"));
		ItemRef other = ItemRef.parse("iso27001-2022#A.5.19");
		assertEquals("iso27001-2022", other.checklistId());
		assertEquals("iso27001-2022#A.5.19", other.toString());
		assertFalse(other.isLocal());
		assertThrows(IllegalArgumentException.class, () -> ItemRef.parse("x#../etc"));
	}

	@Test
	void relatedItemsAndExclusionsRoundTrip() throws Exception {
		ChecklistItem item = new ChecklistItem("A.3.4.2.5", "A.3.4.2.5", LocalizedText.ja("書面による直接取得"), List.of(),
				List.of(LocalizedText.ja("同意書の様式に必要事項がありますか。")), null, null, null, Map.of(),
				List.of(ItemRef.parse("A.3.4.2.4"), ItemRef.parse("iso27001-2022#A.5.34")),
				List.of(new NotApplicable("大阪支店", "書面で取得していない")));
		Checklist c = new Checklist("c", "1", LocalizedText.ja("t"), "", "", null, "", "",
				List.of(new Section("s", "", LocalizedText.ja("s"), List.of(item), List.of())));
		Checklist copy = KansaJson.read(KansaJson.write(c), Checklist.class, "c.json");
		assertEquals(c, copy);
		ChecklistItem read = copy.items().findFirst().orElseThrow();
		assertFalse(read.isApplicable("大阪支店"));
		assertTrue(read.isApplicable("本社"));
	}

	@Test
	void itemsWrittenBeforeCrossReferencesStillRead() throws Exception {
		String json = """
				{"schemaVersion":1,"id":"old","version":"1","title":{"ja":"旧形式"},"sections":[
				 {"id":"s","title":{"ja":"s"},"items":[{"id":"i1","title":{"ja":"項目"}}]}]}
				""";
		Checklist c = KansaJson.read(json.getBytes(StandardCharsets.UTF_8), Checklist.class, "old.json");
		ChecklistItem item = c.items().findFirst().orElseThrow();
		assertEquals(List.of(), item.related());
		assertEquals(List.of(), item.notApplicable());
		assertTrue(item.isApplicable(""));
	}

	@Test
	void mappingTableRoundTripsAndLooksUpBothWays() throws Exception {
		ChecklistMapping m = new ChecklistMapping("isms-pmark", LocalizedText.ja("対応表"), "iso27001-2022",
				"pmark-jisq15001-2017", List.of(new ChecklistMapping.Entry("A.5.19", List.of("A.3.4.3.4"),
						LocalizedText.of("委託先管理", "Supplier management"))));
		assertEquals(m, KansaJson.read(KansaJson.write(m), ChecklistMapping.class, "m.json"));
		assertEquals(List.of("A.3.4.3.4"), m.toItemsOf("A.5.19"));
		assertEquals(List.of("A.5.19"), m.fromItemsOf("A.3.4.3.4"));
	}
}
