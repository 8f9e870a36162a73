package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.extract.ArticleText;
import kansa.incidents.extract.IncidentDraft;

/** HTML pages become plain text the extractor reads like any other article. */
class ArticleTextTest {

	private static final String PAGE = """
			<html><head><title>x</title><style>p{color:red}</style><script>var a="2019年1月1日";</script></head>
			<body><h1>株式会社サンプルで個人情報流出</h1>
			<p>株式会社サンプルは2024年3月1日、不正アクセスにより顧客の氏名&amp;住所&nbsp;1,234件が流出したと発表しました。</p>
			<ul><li>再発防止につきまして</li></ul><p>決済代行会社からの連絡で&#x767A;覚しました。</p></body></html>
			""";

	@Test
	void htmlIsStripped() {
		String text = ArticleText.plain(PAGE);
		assertFalse(text.contains("<"), text);
		assertFalse(text.contains("color:red") || text.contains("var a"), "scripts and styles go");
		assertTrue(text.contains("氏名&住所 1,234件"), text);
		assertTrue(text.contains("発覚しました"), "numeric entities are decoded");
		assertTrue(text.startsWith("株式会社サンプルで個人情報流出\n"), text);
	}

	@Test
	void extractorReadsHtml() {
		IncidentDraft d = new ArticleExtractor().extract(PAGE);
		assertEquals("株式会社サンプル", d.organization().value());
		assertEquals(LocalDate.of(2024, 3, 1), d.announced().value());
		assertEquals(1234, d.recordsAffected().value());
		assertEquals("決済代行会社・カード会社からの連絡", d.discoveryRoute().value());
	}

	@Test
	void plainTextPassesUnchanged() {
		assertEquals("2019年9月5日に発表。\n次の行", ArticleText.plain("2019年9月5日に発表。\r\n次の行"));
	}
}
