package kansa.checklist.tests;

import java.util.List;
import java.util.Map;

import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.ItemRef;
import kansa.core.checklist.NotApplicable;
import kansa.core.checklist.RequirementRef;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

/** Small checklists for authoring, validation and diff tests. */
final class Fixtures {

	private Fixtures() {
	}

	static ChecklistItem item(String id, String question) {
		return new ChecklistItem(id, id, LocalizedText.of("項目 " + id, "Item " + id),
				List.of(new RequirementRef("JIS Q 15001:2017", id)), List.of(LocalizedText.of(question, "Q " + id)),
				LocalizedText.of("記録を閲覧する。", "Read the records."), LocalizedText.ja("個人情報管理台帳"),
				LocalizedText.EMPTY, Map.of(), List.of(), List.of());
	}

	/** 委託先管理: two sections, five items, one nested section. */
	static Checklist itaku() {
		Section select = new Section("s1", "1", LocalizedText.of("委託先の選定", "Selection"),
				List.of(item("1.1", "選定基準がありますか。"), item("1.2", "評価表がありますか。")), List.of());
		Section contract = new Section("s2", "2", LocalizedText.of("契約と監督", "Contract and supervision"),
				List.of(item("2.1", "契約に安全管理措置がありますか。"), item("2.2", "再委託を承認していますか。")),
				List.of(new Section("s2.3", "2.3", LocalizedText.ja("定期評価"),
						List.of(item("2.3.1", "年1回評価していますか。")), List.of())));
		return new Checklist("itaku", "1.0", LocalizedText.of("委託先管理", "Contractors"), "JIS Q 15001:2017", "",
				LocalizedText.ja("委託先管理の点検"), "", "初版", List.of(select, contract));
	}

	static ChecklistItem withRelated(ChecklistItem i, ItemRef... refs) {
		return new ChecklistItem(i.id(), i.number(), i.title(), i.requirements(), i.questions(), i.howToCheck(),
				i.expectedEvidence(), i.guidance(), i.extras(), List.of(refs), i.notApplicable());
	}

	static ChecklistItem withNa(ChecklistItem i, NotApplicable... marks) {
		return new ChecklistItem(i.id(), i.number(), i.title(), i.requirements(), i.questions(), i.howToCheck(),
				i.expectedEvidence(), i.guidance(), i.extras(), i.related(), List.of(marks));
	}
}
