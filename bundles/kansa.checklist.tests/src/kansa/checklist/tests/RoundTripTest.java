package kansa.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.checklist.excel.ExcelExporter;
import kansa.checklist.excel.ExcelImporter;
import kansa.checklist.excel.ImportResult;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.core.checklist.ItemRef;
import kansa.core.checklist.NotApplicable;
import kansa.core.checklist.RequirementRef;
import kansa.core.checklist.Section;
import kansa.core.text.LocalizedText;

/** Export → import gives back the same checklist, compared field by field and as a whole. */
class RoundTripTest {

	@TempDir
	Path dir;

	private Checklist roundTrip(Checklist c) throws Exception {
		Path file = dir.resolve(c.id() + ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			new ExcelExporter().write(c, out);
		}
		ImportResult r = new ExcelImporter().read(file, null);
		assertTrue(r.problems().stream().noneMatch(p -> p.isError()), r.problems().toString());
		return r.checklist();
	}

	/** Every field a checklist can hold, including the awkward ones. */
	static Checklist everything() {
		ChecklistItem a = new ChecklistItem("A-1", "1.1", LocalizedText.of("委託先の選定", "Selecting contractors"),
				List.of(new RequirementRef("JIS Q 15001:2017", "A.3.4.3.4"), new RequirementRef("個人情報保護法", "第25条"),
						new RequirementRef("構築・運用指針 2024", "J.9")),
				List.of(LocalizedText.of("選定基準がありますか。", "Are there criteria?"),
						LocalizedText.of("評価表に承認印がありますか。", ""),
						LocalizedText.of("=SUM(A1) のような文字も文字のまま？", "Text like =SUM(A1) stays text?")),
				LocalizedText.of("選定基準を閲覧する。\n評価表を2件抜き取る。", "Read the criteria.\nSample two sheets."),
				LocalizedText.of("委託先選定基準、委託先評価表", "Criteria, evaluation sheets"),
				LocalizedText.of("運送業者が漏れやすい。", "Carriers are often missed."),
				Map.of("判定", "○", "備考", "新規2社", "担当部署", "総務部"),
				List.of(ItemRef.parse("B-1"), ItemRef.parse("iso27001-2022#A.5.19")),
				List.of(new NotApplicable("大阪支店", "委託なし"), new NotApplicable("", "全社で委託を禁止する場合")));
		ChecklistItem b = new ChecklistItem("B-1", "", LocalizedText.ja("番号のない項目"), List.of(),
				List.of(LocalizedText.of("", "English only question?")), LocalizedText.EMPTY, LocalizedText.EMPTY,
				LocalizedText.EMPTY, Map.of(), List.of(), List.of());
		ChecklistItem d = new ChecklistItem("C.9", "3.1.1", LocalizedText.of("深い項目", "Deep item"), List.of(),
				List.of(LocalizedText.ja("三段目ですか。")), LocalizedText.ja("見る"), LocalizedText.EMPTY,
				LocalizedText.EMPTY, Map.of("担当部署", "情報システム部"), List.of(), List.of());
		Section deep = new Section("s-deep", "3.1", LocalizedText.of("三段目", "Third level"), List.of(d), List.of());
		Section mid = new Section("s-mid", "", LocalizedText.ja("番号のないセクション"), List.of(b), List.of(deep));
		Section top = new Section("s-top", "1", LocalizedText.of("委託", "Outsourcing"), List.of(a), List.of(mid));
		Section second = new Section("s2", "2", LocalizedText.of("空でない二つ目", "Second"),
				List.of(Fixtures.item("2.1", "二つ目の質問ですか。")), List.of());
		return new Checklist("roundtrip", "3.2", LocalizedText.of("往復テスト", "Round trip"), "JIS Q 15001:2017",
				"JIS Q 15001:2017 附属書A", LocalizedText.of("説明の一行目\n二行目", "Description"), "itaku@1.0",
				"版を上げた理由", List.of(top, second));
	}

	@Test
	void everyFieldSurvivesExportAndImport() throws Exception {
		Checklist original = everything();
		Checklist back = roundTrip(original);
		assertEquals(original.id(), back.id());
		assertEquals(original.version(), back.version());
		assertEquals(original.title(), back.title());
		assertEquals(original.standard(), back.standard());
		assertEquals(original.edition(), back.edition());
		assertEquals(original.description(), back.description());
		assertEquals(original.derivedFrom(), back.derivedFrom());
		assertEquals(original.changeNote(), back.changeNote());
		List<Section> os = original.sections().stream().flatMap(Section::allSections).toList();
		List<Section> bs = back.sections().stream().flatMap(Section::allSections).toList();
		assertEquals(os.size(), bs.size());
		for (int k = 0; k < os.size(); k++) {
			assertEquals(os.get(k).id(), bs.get(k).id());
			assertEquals(os.get(k).number(), bs.get(k).number());
			assertEquals(os.get(k).title(), bs.get(k).title());
			assertEquals(os.get(k).sections().size(), bs.get(k).sections().size(), "nesting of " + os.get(k).id());
		}
		Iterator<ChecklistItem> bi = back.items().iterator();
		for (ChecklistItem o : original.items().toList()) {
			ChecklistItem b = bi.next();
			assertEquals(o.id(), b.id());
			assertEquals(o.number(), b.number(), o.id());
			assertEquals(o.title(), b.title(), o.id());
			assertEquals(o.requirements(), b.requirements(), o.id());
			assertEquals(o.questions(), b.questions(), o.id());
			assertEquals(o.howToCheck(), b.howToCheck(), o.id());
			assertEquals(o.expectedEvidence(), b.expectedEvidence(), o.id());
			assertEquals(o.guidance(), b.guidance(), o.id());
			assertEquals(o.extras(), b.extras(), o.id());
			assertEquals(o.related(), b.related(), o.id());
			assertEquals(o.notApplicable(), b.notApplicable(), o.id());
		}
		assertEquals(original, back);
	}

	@Test
	void thePmarkCatalogRoundTripsWhole() throws Exception {
		Checklist pmark = CatalogTest.checklist("pmark-jisq15001-2017");
		assertEquals(pmark, roundTrip(pmark));
		Checklist isms = CatalogTest.checklist("iso27001-2022");
		assertEquals(isms, roundTrip(isms));
	}

	@Test
	void cellsAreTextNeverFormulas() throws Exception {
		Path file = dir.resolve("x.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			new ExcelExporter().write(everything(), out);
		}
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
			wb.getSheetAt(0).forEach(row -> row.forEach(cell -> assertTrue(cell.getCellType() != CellType.FORMULA)));
			assertEquals("チェックリスト情報", wb.getSheetName(1));
		}
	}
}
