package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kansa.core.incident.Actor;
import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.extract.Found;
import kansa.incidents.extract.FoundDate;
import kansa.incidents.extract.IncidentDraft;
import kansa.incidents.extract.Span;

/** The extractor on the five seed articles, field by field, and every span pointing at its text. */
class SeedArticleExtractionTest {

	private final ArticleExtractor extractor = new ArticleExtractor();

	private IncidentDraft draft(String seed) throws Exception {
		String text = Seeds.article(seed);
		IncidentDraft d = extractor.extract(text);
		checkSpans(text, d);
		return d;
	}

	@Test
	void segaInteractive() throws Exception {
		IncidentDraft d = draft(Seeds.SEGA);
		assertEquals("株式会社セガ・インタラクティブ", d.organization().value());
		assertEquals("ゲーム・アミューズメント", d.industry().value());
		assertEquals("maimai動画作成サービス", d.service().value());
		date(d.announced(), 2019, 9, 5);
		date(d.discovered(), 2019, 8, 25);
		assertNull(d.incidentStart());
		assertNull(d.reportedToPolice());
		assertEquals("内部調査", d.discoveryRoute().value());
		assertEquals("不正アクセス・脆弱性", d.cause().value());
		assertEquals(3255, d.recordsAffected().value());
		assertEquals("件", d.recordsAffected().unit());
		assertNull(d.personsAffected());
		assertEquals(List.of("アクセスコード", "プレイヤー名"), values(d.dataTypes()));
		assertEquals(Set.of(Actor.EXTERNAL), Set.copyOf(values(d.actors())));
		assertEquals(List.of("https://cybersecurity-jp.com/news/33271"), values(d.sources()));
	}

	@Test
	void digiBook() throws Exception {
		IncidentDraft d = draft(Seeds.DIGIBOOK);
		assertEquals("株式会社DigiBook", d.organization().value());
		assertEquals("みんなのデジブック広場", d.service().value());
		date(d.announced(), 2019, 7, 3);
		date(d.discovered(), 2019, 2, 20);
		date(d.incidentStart(), 2009, 3, 1);
		date(d.incidentEnd(), 2019, 2, 20);
		assertEquals("決済代行会社・カード会社からの連絡", d.discoveryRoute().value());
		assertEquals("決済代行会社から", d.discoveryRoute().span().text());
		assertEquals("不正アクセス・脆弱性", d.cause().value());
		assertEquals(15370, d.recordsAffected().value());
		assertTrue(d.counts().stream().anyMatch(c -> c.span().text().equals("1万5,370件") && c.value() == 15370));
		assertEquals(List.of("クレジットカード番号", "有効期限", "カード名義人名"), values(d.dataTypes()));
		assertTrue(d.countermeasures().stream().anyMatch(c -> c.value().contains("決済機能を停止")));
	}

	@Test
	void mirait() throws Exception {
		IncidentDraft d = draft(Seeds.MIRAIT);
		assertEquals("株式会社みらいと", d.organization().value());
		assertEquals("小売（通信販売）", d.industry().value());
		assertEquals("掃除用品オンラインショップ", d.service().value());
		date(d.announced(), 2019, 9, 24);
		date(d.incidentStart(), 2019, 5, 7);
		date(d.incidentEnd(), 2019, 5, 15);
		assertTrue(d.incidentStart().yearImplied(), "5月7日: the year comes from the context");
		date(d.discovered(), 2019, 5, 15);
		date(d.reportedToPolice(), 2019, 7, 23);
		date(d.reportedToPpc(), 2019, 7, 23);
		assertEquals("決済代行会社・カード会社からの連絡", d.discoveryRoute().value());
		assertEquals("ペイメントアプリケーション改ざん", d.cause().value());
		assertEquals("決済用のモジュールが改ざん", d.cause().span().text());
		assertEquals(List.of("不正アクセス・脆弱性"), values(d.secondaryCauses()));
		assertEquals(34, d.recordsAffected().value());
		assertEquals("人", d.recordsAffected().unit());
		assertEquals(34, d.personsAffected().value());
		assertEquals(List.of("カード名義人名", "クレジットカード番号", "有効期限", "セキュリティコード"), values(d.dataTypes()));
		assertTrue(d.timeline().stream().anyMatch(e -> e.value().date().equals(LocalDate.of(2019, 9, 17))),
				"本人へのメール連絡 9月17日");
		assertTrue(d.sources().isEmpty(), "the related-article link is cut off, not a source");
	}

	@Test
	void jungle() throws Exception {
		IncidentDraft d = draft(Seeds.JUNGLE);
		assertEquals("有限会社ジャングル", d.organization().value());
		assertEquals("小売（通信販売）", d.industry().value());
		date(d.announced(), 2019, 5, 28);
		date(d.discovered(), 2018, 11, 6);
		date(d.incidentStart(), 2017, 5, 2);
		date(d.incidentEnd(), 2018, 11, 6);
		assertEquals("決済代行会社・カード会社からの連絡", d.discoveryRoute().value());
		assertEquals("不正アクセス・脆弱性", d.cause().value());
		assertEquals(2507, d.recordsAffected().value());
		assertEquals(List.of("クレジットカード番号", "有効期限", "セキュリティコード", "カード名義人名"), values(d.dataTypes()));
		assertEquals(Set.of(Actor.EXTERNAL, Actor.CONTRACTOR), Set.copyOf(values(d.actors())));
		assertTrue(d.countermeasures().stream().anyMatch(c -> c.value().contains("サイトを閉鎖")));
	}

	@Test
	void yupiteru() throws Exception {
		IncidentDraft d = draft(Seeds.YUPITERU);
		assertEquals("株式会社ユピテル", d.organization().value());
		assertEquals("My Yupiteru", d.service().value());
		assertNull(d.industry(), "業種 民間企業 names no sector");
		date(d.incidentStart(), 2017, 10, 31);
		date(d.discovered(), 2021, 5, 25);
		date(d.reportedToPolice(), 2021, 5, 26);
		date(d.reportedToPpc(), 2021, 6, 2);
		date(d.announced(), 2021, 6, 7);
		assertEquals("脅迫メール", d.discoveryRoute().value());
		assertEquals("不正アクセス・脆弱性", d.cause().value());
		assertEquals(528563, d.recordsAffected().value());
		assertEquals("件", d.recordsAffected().unit());
		assertEquals(405576, d.personsAffected().value());
		assertEquals("405,576人", d.personsAffected().span().text());
		assertTrue(d.dataAmounts().stream().anyMatch(a -> a.value().amount() == 405576));
		assertEquals(List.of("住所", "氏名", "性別", "生年月日", "電話番号", "メールアドレス"), values(d.dataTypes()),
				"クレジットカード情報は含まれておりません: denied, not listed");
		assertEquals(4, d.countermeasures().stream().filter(c -> c.confidence() >= 0.8).count(), "the four bullets");
		assertTrue(d.timeline().size() >= 6, d.timeline().toString());
		assertEquals("My Yupiteru会員様情報の一部流出のお詫びとお知らせ Yupiteru", d.title().value());
	}

	private static void date(FoundDate d, int y, int m, int day) {
		assertEquals(LocalDate.of(y, m, day), d == null ? null : d.value());
	}

	private static <T> List<T> values(List<Found<T>> found) {
		return found.stream().map(Found::value).toList();
	}

	/** Every span is inside the article and its text is what the article says there. */
	private static void checkSpans(String text, IncidentDraft d) throws Exception {
		for (var c : IncidentDraft.class.getRecordComponents()) {
			Object v = c.getAccessor().invoke(d);
			List<?> values = v instanceof List<?> l ? l : v == null ? List.of() : List.of(v);
			for (Object o : values) {
				Span s = switch (o) {
					case Found<?> f -> f.span();
					case FoundDate f -> f.span();
					case kansa.incidents.extract.FoundCount f -> f.span();
					default -> throw new AssertionError(o);
				};
				assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end(), c.getName() + " " + s);
				assertEquals(kansa.incidents.extract.internal.TextFolding.fold(text.substring(s.start(), s.end())), s.text(),
						c.getName());
				assertTrue(((Number) confidence(o)).doubleValue() > 0, c.getName());
			}
		}
	}

	private static Object confidence(Object o) {
		return switch (o) {
			case Found<?> f -> f.confidence();
			case FoundDate f -> f.confidence();
			case kansa.incidents.extract.FoundCount f -> f.confidence();
			default -> 0;
		};
	}
}
