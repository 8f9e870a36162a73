package kansa.audit.tests;

import java.util.List;
import java.util.Map;

import kansa.core.audit.Audit;
import kansa.core.audit.AuditStatus;
import kansa.core.audit.Client;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.RequirementRef;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

final class Fixtures {

	static ChecklistItem item(String id, String title) {
		return new ChecklistItem(id, id, LocalizedText.ja(title), List.of(new RequirementRef("ISO/IEC 27001:2022", id)),
				List.of(LocalizedText.ja(title + "は適切ですか。")), null, null, null, Map.of());
	}

	static Checklist checklist(ChecklistItem... items) {
		return new Checklist("c", "1", LocalizedText.ja("チェックリスト"), "ISO/IEC 27001:2022", "", null, "", "",
				List.of(new Section("s", "A.5", LocalizedText.ja("組織的管理策"), List.of(items), List.of())));
	}

	static Checklist standard() {
		return checklist(item("A.5.1", "方針"), item("A.5.15", "アクセス制御"), item("A.8.8", "脆弱性管理"));
	}

	static Audit audit(String id, Checklist checklist) {
		return new Audit(id, "内部監査", new Client("株式会社テスト", List.of("本社")), "", "", List.of(), null, null, "山田",
				List.of(), List.of(), AuditStatus.PLANNED, "", checklist, List.of(), "");
	}

	private Fixtures() {
	}
}
