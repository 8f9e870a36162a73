package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.checklist.excel.ColumnField;
import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportOptions;
import kansa.checklist.excel.ImportResult;
import kansa.checklist.excel.MappingSpec;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.RequirementRef;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

/** Four differently laid-out sheets, and exactly what is imported from each. */
class ImportLayoutsTest {

	@TempDir
	Path dir;

	private final ExcelImporter importer = new ExcelImporter();

	private static List<String> ids(Section s) {
		return s.items().stream().map(ChecklistItem::id).toList();
	}

	@Test
	void mergedSectionRowsTitleLineAndUnknownColumns() throws Exception {
		ImportResult r = importer.read(Sheets.mergedSections(dir), ImportOptions.defaults().withStandard("JIS Q 15001:2017"));
		Checklist c = r.checklist();
		assertEquals(2, r.mapping().headerRow(), "the title line above the header is skipped");
		assertEquals(ColumnField.QUESTION, r.mapping().columns().get(2).field());
		assertEquals(ColumnField.EVIDENCE, r.mapping().columns().get(4).field());
		assertEquals(ColumnField.EXTRA, r.mapping().columns().get(7).field());
		assertTrue(r.mapping().describe().contains("C   「チェック内容」 → 確認項目 (question)"), r.mapping().describe().toString());

		assertEquals(List.of("1", "2"), c.sections().stream().map(Section::number).toList());
		assertEquals(List.of("委託先の選定", "契約と監督"), c.sections().stream().map(s -> s.title().ja()).toList());
		assertEquals(List.of("1-1", "1-2"), ids(c.sections().get(0)));
		assertEquals(List.of("2-1", "2-2"), ids(c.sections().get(1)));

		ChecklistItem i12 = c.item("1-2").orElseThrow();
		assertEquals(List.of(LocalizedText.ja("選定時に委託先評価表で評価していますか。"), LocalizedText.ja("評価者と承認者は記録されていますか。")),
				i12.questions());
		assertEquals("選定時に委託先評価表で評価していますか。", i12.title().ja(), "no title column: the first question names it");
		assertEquals(Map.of("備考", "新規2社", "担当部署", "総務部"), i12.extras());
		assertEquals("評価表を2社分抜き取る。", i12.howToCheck().ja());
		assertEquals("委託先評価表", i12.expectedEvidence().ja());

		ChecklistItem i21 = c.item("2-1").orElseThrow();
		assertEquals(List.of(new RequirementRef("JIS Q 15001:2017", "A.3.4.3.4"), new RequirementRef("個人情報保護法", "第25条")),
				i21.requirements());
		assertEquals(Map.of("判定", "×", "備考", "1社未締結"), i21.extras());
		assertEquals("委託先チェック.xlsx から取り込み / imported from 委託先チェック.xlsx", c.changeNote());
		assertEquals("委託先チェック", c.title().ja());
	}

	@Test
	void twoHeaderRowsInAnXlsWithTitleOnlySectionRows() throws Exception {
		ImportResult r = importer.read(Sheets.twoHeaderRows(dir), ImportOptions.defaults()
				.withChecklist("naibu", LocalizedText.ja("内部監査"), "2026.1").withStandard("JIS Q 15001:2017"));
		assertEquals(1, r.mapping().headerRow());
		assertEquals(2, r.mapping().headerRows());
		Map<Integer, ColumnField> fields = new java.util.HashMap<>();
		r.mapping().columns().forEach((k, v) -> fields.put(k, v.field()));
		assertEquals(Map.of(0, ColumnField.NUMBER, 1, ColumnField.REQUIREMENT, 2, ColumnField.TITLE, 3,
				ColumnField.QUESTION, 4, ColumnField.HOW_TO_CHECK, 5, ColumnField.VERDICT), fields);

		Checklist c = r.checklist();
		assertEquals("naibu@2026.1", c.reference());
		assertEquals(List.of("A.3.3", "A.3.4"), c.sections().stream().map(Section::id).toList());
		assertEquals(List.of("A.3.3.1", "A.3.3.2"), ids(c.sections().get(0)));
		Section a34 = c.sections().get(1);
		assertEquals(List.of("A.3.4.1"), ids(a34));
		assertEquals("A.3.4.2", a34.sections().get(0).id(), "A.3.4.2 nests under A.3.4 by its number");
		assertEquals("取得，利用及び提供に関する原則", a34.sections().get(0).title().ja());
		assertEquals(List.of("A.3.4.2.1"), ids(a34.sections().get(0)));
		ChecklistItem i = c.item("A.3.3.1").orElseThrow();
		assertEquals("個人情報の特定", i.title().ja());
		assertEquals(List.of(new RequirementRef("JIS Q 15001:2017", "A.3.3.1")), i.requirements());
		assertEquals(Map.of("結果", "適合"), i.extras());
		assertEquals(4, c.itemCount());
	}

	@Test
	void numberingOnlyInTheFirstColumnWithBlankSpacerRows() throws Exception {
		ImportResult r = importer.read(Sheets.numbersInFirstColumn(dir), null);
		assertEquals(ColumnField.NUMBER, r.mapping().columns().get(0).field());
		assertTrue(r.problems().stream().anyMatch(p -> p.where().equals("Checklist!A") && p.message().contains("番号")),
				r.problems().toString());
		Checklist c = r.checklist();
		assertEquals("english", c.id());
		assertEquals(List.of("Policy", "Training"), c.sections().stream().map(s -> s.title().en()).toList(),
				"English text goes in the English slot");
		assertEquals(List.of("1.1", "1.2"), ids(c.sections().get(0)));
		assertEquals(List.of("2.1"), ids(c.sections().get(1)));
		ChecklistItem i = c.item("1.1").orElseThrow();
		assertEquals(LocalizedText.of("", "Is the privacy policy approved by top management?"), i.questions().get(0));
		assertEquals(LocalizedText.of("", "Read the signed policy."), i.howToCheck());
		assertEquals(LocalizedText.of("", "Is the privacy policy approved by top ma…"), i.title(),
				"the title taken from the question stays in its language");
		assertEquals(Map.of("Result", "OK"), i.extras());
	}

	@Test
	void verticallyMergedNumbersGatherQuestionsAndSectionColumnGroups() throws Exception {
		ImportResult r = importer.read(Sheets.verticalMerges(dir), null);
		Checklist c = r.checklist();
		assertEquals(List.of("委託先管理", "教育"), c.sections().stream().map(s -> s.title().ja()).toList());
		ChecklistItem i = c.item("A.3.4.3.4").orElseThrow();
		assertEquals(List.of("選定基準がありますか。", "契約を締結していますか。", "年1回評価していますか。"),
				i.questions().stream().map(LocalizedText::ja).toList());
		assertEquals("選定基準\n契約書\n評価表", i.expectedEvidence().ja());
		assertEquals("委託先の監督", i.title().ja());
		assertEquals(2, c.itemCount(), "the repeated header row is not an item");
	}

	@Test
	void anExplicitMappingOverridesTheProposal() throws Exception {
		ImportResult r = importer.read(Sheets.mergedSections(dir), ImportOptions.defaults()
				.withMapping(MappingSpec.parse("担当部署=ignore,D=guidance,E=how")));
		assertEquals(ColumnField.IGNORE, r.mapping().columns().get(7).field());
		ChecklistItem i = r.checklist().item("1-1").orElseThrow();
		assertEquals("委託先選定基準を閲覧する。", i.guidance().ja());
		assertEquals("委託先選定基準", i.howToCheck().ja());
		assertEquals("", i.expectedEvidence().ja());
		assertEquals(Map.of("判定", "○"), i.extras());
		assertEquals("A=number,B=requirement,C=question,D=guidance,E=how,F=verdict,G=notes,H=ignore",
				r.mapping().asOption());
	}

	/** A sheet laid out like the guideline's J.x checklists consultants hold (own test data, no official text). */
	@Test
	void aGuidelineStyleSheetMapsItsJNumbersAsRequirements() throws Exception {
		Path file = dir.resolve("J-checklist.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("J.8");
			Sheets.row(s, 0, "No.", "指針の項番", "要求事項", "確認内容", "監査方法", "文書・記録", "判定", "所見");
			Sheets.row(s, 1, "1", "J.8.1", "利用目的の特定", "利用目的を具体的に定めていますか。", "台帳を閲覧する。", "個人情報管理台帳", "適合", "");
			Sheets.row(s, 2, "2", "J.8.2", "適正な取得", "名簿の購入はありますか。", "担当者に質問する。", "", "", "購入なし");
			Sheets.save(wb, file);
		}
		ImportResult r = importer.read(file, ImportOptions.defaults().withStandard("構築・運用指針 2024"));
		assertEquals("A=number,B=requirement,C=title,D=question,E=how,F=evidence,G=verdict,H=notes",
				r.mapping().asOption());
		ChecklistItem i = r.checklist().item("2").orElseThrow();
		assertEquals(List.of(new RequirementRef("構築・運用指針 2024", "J.8.2")), i.requirements());
		assertEquals("適正な取得", i.title().ja());
		assertEquals(Map.of("所見", "購入なし"), i.extras());
	}
}
