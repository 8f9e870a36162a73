package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kansa.core.incident.DatePrecision;
import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.extract.IncidentDraft;
import kansa.incidents.extract.internal.DateScanner;
import kansa.incidents.extract.internal.DateScanner.DateMention;
import kansa.incidents.extract.internal.TextFolding;

/** Dates in crafted sentences: every form, precision, implied years, periods, and the role of each date. */
class DateExtractionTest {

	private final ArticleExtractor extractor = new ArticleExtractor();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "2019年9月5日に発表した。|2019-09-05|DAY|2019年9月5日",
			"令和6年12月5日(木)に公表した。|2024-12-05|DAY|令和6年12月5日(木)", "令和元年5月1日|2019-05-01|DAY|令和元年5月1日",
			"平成31年4月30日|2019-04-30|DAY|平成31年4月30日", "発生時期 2021/5/25|2021-05-25|DAY|2021/5/25",
			"2021-06-07に掲載|2021-06-07|DAY|2021-06-07", "2017年10月末の会員情報|2017-10-01|MONTH|2017年10月",
			"2017年末にハッキング|2017-01-01|YEAR|2017年", "二〇一九年九月五日に発表|2019-09-05|DAY|二〇一九年九月五日",
			"令和六年十二月五日|2024-12-05|DAY|令和六年十二月五日", "２０２１年５月２５日に受信|2021-05-25|DAY|２０２１年５月２５日" })
	void readsEachForm(String text, LocalDate date, DatePrecision precision, String span) {
		List<DateMention> dates = DateScanner.scan(TextFolding.fold(text));
		assertEquals(1, dates.size(), dates.toString());
		DateMention d = dates.get(0);
		assertEquals(date, d.date());
		assertEquals(precision, d.precision());
		assertEquals(span, text.substring(d.start(), d.end()));
	}

	@Test
	void monthDayTakesTheYearOfTheContext() {
		List<DateMention> dates = DateScanner.scan("2019年9月24日に公表した。5月7日から5月15日までの間に決済した顧客が対象です。");
		assertEquals(List.of(LocalDate.of(2019, 9, 24), LocalDate.of(2019, 5, 7), LocalDate.of(2019, 5, 15)),
				dates.stream().map(DateMention::date).toList());
		assertFalse(dates.get(0).yearImplied());
		assertTrue(dates.get(1).yearImplied());
	}

	@Test
	void monthDayBeforeAnyYearTakesTheArticlesFirstYear() {
		List<DateMention> dates = DateScanner.scan("3月1日に発覚した。同社は2020年4月2日に発表した。");
		assertEquals(LocalDate.of(2020, 3, 1), dates.get(0).date());
	}

	@Test
	void impossibleDatesAreNotDates() {
		assertTrue(DateScanner.scan("2月30日に").isEmpty());
		assertTrue(DateScanner.scan("2年に1度、10年分").isEmpty());
	}

	@Test
	void periodsGiveStartAndEnd() {
		IncidentDraft d = extractor.extract("2009年3月1日~2019年2月20日の期間中にカード決済をした利用者の情報が閲覧された可能性がある。");
		assertEquals(LocalDate.of(2009, 3, 1), d.incidentStart().value());
		assertEquals(LocalDate.of(2019, 2, 20), d.incidentEnd().value());
		assertEquals("2009年3月1日~2019年2月20日", d.incidentStart().span().text());
		d = extractor.extract("2019年9月24日に公表した。5月7日から5月15日までの間に決済した顧客が対象です。");
		assertEquals(LocalDate.of(2019, 5, 7), d.incidentStart().value());
		assertEquals(LocalDate.of(2019, 5, 15), d.incidentEnd().value());
		assertTrue(d.incidentStart().yearImplied());
		d = extractor.extract("対象期間は2020年4月~2020年6月です。");
		assertEquals(LocalDate.of(2020, 4, 1), d.incidentStart().value());
		assertEquals(DatePrecision.MONTH, d.incidentEnd().precision());
	}

	@Test
	void eachDateGetsItsRoleFromItsClause() {
		IncidentDraft d = extractor.extract("""
				株式会社テストは令和3年6月7日(月)、不正アクセスによる情報流出を公表した。
				同社は2021年5月25日に脅迫メールを受信して流出を把握した。
				2021年5月26日
				警察に本件を報告。
				2021年6月2日
				個人情報保護委員会に本件を報告。
				""");
		assertEquals(LocalDate.of(2021, 6, 7), d.announced().value());
		assertEquals(LocalDate.of(2021, 5, 25), d.discovered().value());
		assertEquals(LocalDate.of(2021, 5, 26), d.reportedToPolice().value());
		assertEquals(LocalDate.of(2021, 6, 2), d.reportedToPpc().value());
		assertEquals("脅迫メール", d.discoveryRoute().value());
		assertEquals(4, d.timeline().size(), d.timeline().toString());
	}

	@Test
	void aDateThatQualifiesANounIsNoEvent() {
		IncidentDraft d = extractor.extract("流出したのは2017年10月末の会員情報です。");
		assertTrue(d.timeline().isEmpty(), d.timeline().toString());
		assertNull(d.announced());
	}
}
