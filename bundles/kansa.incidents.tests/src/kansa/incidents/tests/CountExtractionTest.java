package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.extract.FoundCount;
import kansa.incidents.extract.IncidentDraft;

/** Counts in crafted sentences, one form each, and people told apart from files and records. */
class CountExtractionTest {

	private final ArticleExtractor extractor = new ArticleExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"顧客の個人情報3,255件が流出した可能性があります。|3255||false|件|RECORDS|3,255件",
			"対象件数は1万5,370件です。|15370||false|件|RECORDS|1万5,370件",
			"会員情報29万2707件が漏えいしました。|292707||false|件|RECORDS|29万2707件",
			"約46万人の個人情報が流出したおそれがある。|460000||true|人|PERSONS|約46万人",
			"流出の対象は約2万5千~3万人と見られる。|25000|30000|true|人|PERSONS|約2万5千~3万人",
			"流出の対象は約2万5千〜3万人と見られる。|25000|30000|true|人|PERSONS|約2万5千〜3万人",
			"対象は2~3万人にのぼる。|20000|30000|false|人|PERSONS|2~3万人",
			"カード情報３，２５５件が流出した。|3255||false|件|RECORDS|３，２５５件",
			"個人情報三千二百五十五件が漏えいした。|3255||false|件|RECORDS|三千二百五十五件",
			"34人分のクレジットカード情報が流出した。|34||false|人|PERSONS|34人分",
			"最大で1,200名の情報が閲覧された可能性がある。|1200||true|名|PERSONS|最大で1,200名",
			"漏えい人数 528563|528563||false|人|PERSONS|漏えい人数 528563",
			"流出件数：12,000|12000||false|件|RECORDS|流出件数：12,000",
			"1万件以上の顧客データが盗まれた。|10000||true|件|RECORDS|1万件以上" })
	void readsEachForm(String sentence, long value, Long max, boolean approximate, String unit, String kind, String span) {
		IncidentDraft d = extractor.extract(sentence);
		FoundCount c = d.recordsAffected();
		assertNotNull(c, sentence);
		assertEquals(value, c.value(), sentence);
		assertEquals(max, c.max(), sentence);
		assertEquals(approximate, c.approximate(), sentence);
		assertEquals(unit, c.unit(), sentence);
		assertEquals(kind, c.kind(), sentence);
		assertEquals(span, sentence.substring(c.span().start(), c.span().end()), "span in the original text");
	}

	@Test
	void peopleAreToldApartFromRecords() {
		IncidentDraft d = extractor.extract("顧客情報3万件（2万5千人分）が流出した。");
		assertEquals(30000, d.recordsAffected().value());
		assertEquals("件", d.recordsAffected().unit());
		assertEquals(25000, d.personsAffected().value());
	}

	@Test
	void peopleAreToldApartFromFiles() {
		IncidentDraft d = extractor.extract("従業員がファイル12件を誤って送信し、約5,000人分の個人情報が流出した。");
		assertEquals(5000, d.recordsAffected().value(), "the headline counts people, not files");
		assertEquals("PERSONS", d.recordsAffected().kind());
		assertEquals(5000, d.personsAffected().value());
		assertTrue(d.counts().stream().anyMatch(c -> c.value() == 12 && c.kind().equals("ITEMS")), d.counts().toString());
	}

	@Test
	void mailsCountedAreItems() {
		IncidentDraft d = extractor.extract("メール3件を誤送信し、計120名のメールアドレスが漏えいした。");
		assertEquals(120, d.recordsAffected().value());
		assertTrue(d.counts().stream().anyMatch(c -> c.value() == 3 && c.kind().equals("ITEMS")), d.counts().toString());
	}

	@Test
	void vagueAmountsAreNotCounts() {
		IncidentDraft d = extractor.extract("数万件の情報が流出した可能性がある。一人ひとりに連絡した。");
		assertNull(d.recordsAffected(), String.valueOf(d.counts()));
	}

	@Test
	void tableLabelRepeatingACountOfRecordsIsNotAPersonCount() {
		IncidentDraft d = extractor.extract("漏えい人数 528563\n受信メールのリンク先に「528,563件のデータ」の存在を確認。\n情報流出対象405,576人に通知した。");
		assertEquals(528563, d.recordsAffected().value());
		assertEquals("件", d.recordsAffected().unit());
		assertEquals(405576, d.personsAffected().value());
		assertFalse(d.counts().isEmpty());
	}
}
