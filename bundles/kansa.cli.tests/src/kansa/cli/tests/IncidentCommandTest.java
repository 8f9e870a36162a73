package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** `kansa incident …` against the installed feature: seed library, extractor and Lucene search as shipped. */
class IncidentCommandTest extends KansaCli {

	/**
	 * Articles written for these tests about fictional companies, in the style of Japanese breach notices (the
	 * extractor's accuracy on the real seed articles is tested in kansa.incidents.tests).
	 */
	private static final String CARD_ARTICLE = """
			株式会社テスト通販は2024年3月15日、運営する「テストストア」のペイメントアプリケーションが改ざんされたと発表しました。
			決済代行会社からの連絡により発覚したもので、2023年11月1日から2024年1月20日までに購入した顧客の
			クレジットカード情報1,234件（カード名義人名、カード番号、有効期限、セキュリティコード）が流出した可能性があります。
			""";

	private static final String THREAT_ARTICLE = """
			会員情報流出に関するお詫びとお知らせ
			株式会社サンプル電機は、2025年6月2日、当社会員サイトの会員情報が外部に流出したことを確認しました。
			当社関係者が脅迫メールを受信したことにより発覚しました。流出した情報は氏名、住所、電話番号、メールアドレスで、
			対象は約12万人です。2025年6月5日に個人情報保護委員会へ報告しました。
			""";

	private Path article(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	@Test
	void helpListShowAndStats() throws Exception {
		assertEquals(0, kansa("incident", "--help"));
		assertTrue(out().startsWith("kansa incident"), out());
		assertEquals(0, kansa("incident", "list"));
		for (String id : new String[] { "2019-sega-interactive-maimai", "2019-digibook", "2019-mirait-cleaning-shop",
				"2019-jungle-hobby-shop", "2021-yupiteru-my-yupiteru" }) {
			assertTrue(out().contains(id), out());
		}
		assertEquals(0, kansa("incident", "show", "2021-yupiteru-my-yupiteru"));
		assertTrue(out().contains("528,563件") && out().contains("405,576人") && out().contains("脅迫メール"), out());
		assertEquals(0, kansa("incident", "stats"));
		assertTrue(out().contains("A.3.4.3.2") && out().contains("ペイメントアプリケーション改ざん"), out());
	}

	@Test
	void searchUsesTheWorkspaceIndex() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "X", "--id", "a1"));
		assertEquals(0, kansa("incident", "search", "委託先"));
		assertTrue(out().contains("2019-jungle-hobby-shop") && out().contains("2021-yupiteru-my-yupiteru"), out());
		assertFalse(out().contains("2019-digibook"), out());
		assertTrue(Files.isDirectory(dir.resolve("kansa-workspace/.index/incidents")), "index kept in the workspace");
		assertTrue(err().contains("index built"), err());
		assertEquals(0, kansa("incident", "search", "クレジットカード", "--cause", "ペイメントアプリケーション改ざん"));
		assertTrue(out().contains("2019-mirait-cleaning-shop") && out().contains(": 1 件"), out());
		assertFalse(err().contains("index built"), "unchanged cases: the index is reused");
		assertEquals(0, kansa("incident", "search", "--item", "A.3.4.3.4"));
		assertTrue(out().contains("2019-jungle-hobby-shop") && out().contains("[cause]"), out());
	}

	@Test
	void extractPrintsJsonAndSavesNothing() throws Exception {
		assertEquals(0, kansa("incident", "extract", article("card.txt", CARD_ARTICLE).toString(), "--json"));
		String json = out();
		assertTrue(json.contains("\"value\" : \"2024-03-15\""), json);
		assertTrue(json.contains("\"value\" : 1234"), json);
		assertTrue(json.contains("\"value\" : \"ペイメントアプリケーション改ざん\""), json);
		assertTrue(json.contains("\"span\""), json);
		assertFalse(Files.exists(dir.resolve("kansa-workspace")), "extract saves nothing");
	}

	@Test
	void addFromArticlePrintsTheDraftWithSpansAndSavesIt() throws Exception {
		assertEquals(0, kansa("incident", "add", "--from-article", article("threat.txt", THREAT_ARTICLE).toString()), err());
		assertTrue(out().contains("株式会社サンプル電機"), out());
		assertTrue(out().contains("«2025年6月2日»"), out());
		assertTrue(out().contains("«約12万人»"), out());
		List<Path> saved;
		try (var files = Files.list(dir.resolve("kansa-workspace/incidents"))) {
			saved = files.filter(f -> f.getFileName().toString().startsWith("draft-")).toList();
		}
		assertEquals(1, saved.size(), out());
		String id = saved.get(0).getFileName().toString().replace(".json", "");
		assertEquals(0, kansa("incident", "show", id));
		assertTrue(out().contains("脅迫メール") && out().contains("株式会社サンプル電機"), out());
	}

	@Test
	void importAndExport() throws Exception {
		assertEquals(0, kansa("incident", "export", "--all", "--out", "all.json"));
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.move(dir.resolve("all.json"), in.resolve("all.json"));
		Files.writeString(in.resolve("broken.json"), "{\n  \"schemaVersion\": 1,\n  \"id\": \n}");
		assertEquals(1, kansa("incident", "import", "in"));
		assertTrue(out().contains("imported 5"), out());
		assertTrue(err().contains("broken.json:"), err());
		assertEquals(0, kansa("incident", "export"));
		assertTrue(out().contains("\"incidents\""), out());
		assertEquals(1, kansa("incident", "import", "in"));
		assertTrue(out().contains("skipped 5"), out());
	}

	@Test
	void mistakes() throws Exception {
		assertEquals(1, kansa("incident"));
		assertEquals(1, kansa("incident", "search"));
		assertTrue(err().contains("missing QUERY"), err());
		assertEquals(1, kansa("incident", "extract", "missing.txt"));
		assertTrue(err().contains("no such file"), err());
		assertEquals(1, kansa("incident", "show", "nope"));
		assertEquals(1, kansa("incident", "search", "x", "--year", "abc"));
		assertEquals(1, kansa("incident", "bench"), "the benchmark is not part of the product");
		assertTrue(err().contains("unknown sub-command 'bench'"), err());
	}

	@Test
	void evalPrintsPerFieldFiguresAndMisses() throws Exception {
		Path notices = Files.createDirectories(dir.resolve("notices"));
		Files.writeString(notices.resolve("card.txt"), CARD_ARTICLE, StandardCharsets.UTF_8);
		Files.writeString(notices.resolve("card.json"), """
				{"organization": "株式会社テスト通販", "contractor": null, "count": "1234件", "subCounts": [],
				 "incidentStart": "2023-11-01", "incidentEnd": "2024-01-20", "discovered": null,
				 "announced": "2024-03-16", "reportedToPpc": null, "reportedToPolice": null,
				 "discoveryRoute": "決済代行会社・カード会社からの連絡", "cause": "ペイメントアプリケーション改ざん",
				 "dataTypes": ["カード名義人名", "クレジットカード番号", "有効期限", "セキュリティコード"]}
				""", StandardCharsets.UTF_8);
		assertEquals(0, kansa("incident", "eval", "notices"));
		assertTrue(out().contains("適合率 precision") && out().contains("再現率 recall"), out());
		assertTrue(out().lines().anyMatch(l -> l.strip().startsWith("organization") && l.contains("1/1 100.0%")), out());
		// the announced date is deliberately one day off: one miss, shown with both values
		assertTrue(out().contains("誤り / Misses (1)") && out().lines().anyMatch(l -> l.contains("card")
				&& l.contains("announced") && l.contains("2024-03-16 → 2024-03-15")), out());
		assertTrue(out().lines().anyMatch(l -> l.strip().startsWith("全体 overall") && l.contains("12/13")), out());
	}

	@Test
	void evalRefusesABrokenExpectedFileByNameAndChangesNothing() throws Exception {
		Path notices = Files.createDirectories(dir.resolve("notices"));
		Files.writeString(notices.resolve("card.txt"), CARD_ARTICLE, StandardCharsets.UTF_8);
		String broken = "{\"organization\": \"株式会社テスト通販\", \"count\": 1234}\n";
		Files.writeString(notices.resolve("card.json"), broken, StandardCharsets.UTF_8);
		assertEquals(1, kansa("incident", "eval", "notices"));
		assertEquals(1, err().strip().lines().count(), err());
		assertTrue(err().contains("card.json") && err().contains("count"), err());
		assertEquals(broken, Files.readString(notices.resolve("card.json"), StandardCharsets.UTF_8));
		assertEquals(1, kansa("incident", "eval", "nowhere"));
		assertTrue(err().contains("nowhere"), err());
	}
}
