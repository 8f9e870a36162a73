package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kansa.core.json.KansaDataException;
import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.extract.ExtractionEval;
import kansa.incidents.extract.ExtractionEval.FieldScore;
import kansa.incidents.extract.ExtractionEval.Report;

/** How the evaluation scores a draft against expected fields, and how it refuses expected files it cannot use. */
class ExtractionEvalTest {

	private static final String NOTICE = """
			株式会社テスト商会は2024年5月10日、当社サーバーが不正アクセスを受け、顧客の氏名と住所312名分が流出した可能性があると発表しました。
			""";

	@TempDir
	Path dir;

	private Report eval(String json) throws Exception {
		Files.writeString(dir.resolve("a.txt"), NOTICE, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("a.json"), json, StandardCharsets.UTF_8);
		return new ExtractionEval(new ArticleExtractor()).run(dir);
	}

	@Test
	void rightEmptyAndWrongFieldsAreCountedApart() throws Exception {
		Report r = eval("""
				{"organization": "株式会社テスト商会", "contractor": null, "count": "312名", "subCounts": [],
				 "incidentStart": null, "incidentEnd": null, "discovered": null, "announced": "2024-05-11",
				 "reportedToPpc": null, "reportedToPolice": null, "discoveryRoute": null,
				 "cause": "不正アクセス・脆弱性", "dataTypes": ["氏名", "住所", "電話番号"]}
				""");
		assertEquals(1, r.notices());
		FieldScore org = r.field("organization");
		assertEquals(1, org.right());
		assertEquals(1.0, org.precision());
		// a date the notice does not state, left empty: right, and counts in neither precision nor recall
		FieldScore police = r.field("reportedToPolice");
		assertEquals(1, police.right());
		assertEquals(0, police.given());
		assertEquals(0, police.stated());
		// the wrong announced date is a miss, with both values
		FieldScore announced = r.field("announced");
		assertEquals(0, announced.right());
		assertEquals(0, announced.matched());
		assertEquals(1, announced.given());
		assertTrue(r.misses().stream().anyMatch(m -> m.field().equals("announced") && m.expected().equals(List.of(
				"2024-05-11")) && m.found().equals(List.of("2024-05-10"))), r.misses().toString());
		// a list: two of three data types found, none wrong
		FieldScore types = r.field("dataTypes");
		assertEquals(0, types.right());
		assertEquals(2, types.matched());
		assertEquals(1.0, types.precision());
		assertEquals(2.0 / 3, types.recall(), 1e-9);
		assertEquals(13, r.overall().notices());
	}

	@Test
	void anExpectedFileThatIsNotUsableIsRefusedByFileAndField() throws Exception {
		KansaDataException e = assertThrows(KansaDataException.class, () -> eval("""
				{"organization": "株式会社テスト商会", "announced": "2024/5/10"}
				"""));
		assertTrue(e.getMessage().contains("a.json") && e.getMessage().contains("announced")
				&& e.getMessage().contains("2024/5/10"), e.getMessage());
		KansaDataException unknown = assertThrows(KansaDataException.class, () -> eval("""
				{"organisation": "株式会社テスト商会"}
				"""));
		assertTrue(unknown.getMessage().contains("a.json") && unknown.getMessage().contains("organisation"),
				unknown.getMessage());
		Files.delete(dir.resolve("a.json"));
		KansaDataException missing = assertThrows(KansaDataException.class,
				() -> new ExtractionEval(new ArticleExtractor()).run(dir));
		assertTrue(missing.getMessage().contains("a.txt") && missing.getMessage().contains("a.json"),
				missing.getMessage());
	}

	/**
	 * The held-out notices, never tuned on: the figures are printed for the README; the floor is what the extractor
	 * reached when this test was written, minus a margin, so a regression fails and an improvement does not.
	 */
	@Test
	void heldOutFigures() throws Exception {
		Report r = new ExtractionEval(new ArticleExtractor()).run(Corpus.folder("heldout"));
		// figures only: the misses of the held-out notices are not looked at, so no rule is written for them
		print(r, false);
		assertEquals(15, r.notices());
		assertTrue(r.overall().accuracy() >= HELD_OUT_FLOOR, "overall " + r.overall().accuracy());
	}

	/** The development notices, written for the failures real notices showed; misses are printed to work on. */
	@Test
	void developmentFigures() throws Exception {
		Report r = new ExtractionEval(new ArticleExtractor()).run(Corpus.folder("dev"));
		print(r, true);
		assertTrue(r.notices() >= 45, "notices " + r.notices());
		assertTrue(r.overall().accuracy() >= DEV_FLOOR, "overall " + r.overall().accuracy());
	}

	static final double DEV_FLOOR = 0.97;

	static final double HELD_OUT_FLOOR = 0.82;

	static void print(Report r, boolean misses) {
		System.out.println("extraction eval " + r.folder() + " (" + r.notices() + " notices)");
		for (FieldScore f : r.fields()) {
			System.out.printf("  %-18s right %2d/%2d %5.1f%%  precision %5.1f%%  recall %5.1f%%%n", f.field(), f.right(),
					f.notices(), 100 * f.accuracy(), 100 * f.precision(), 100 * f.recall());
		}
		FieldScore o = r.overall();
		System.out.printf("  %-18s right %3d/%3d %5.1f%%  precision %5.1f%%  recall %5.1f%%%n", "overall", o.right(),
				o.notices(), 100 * o.accuracy(), 100 * o.precision(), 100 * o.recall());
		if (misses) {
			r.misses().forEach(m -> System.out.println("  miss " + m.notice() + " " + m.field() + ": " + m.expected() + " -> "
				+ m.found()));
		}
	}
}
