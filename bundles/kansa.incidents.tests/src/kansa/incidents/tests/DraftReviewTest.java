package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kansa.core.incident.DatePrecision;
import kansa.core.incident.Incident;
import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.extract.DraftReview;
import kansa.incidents.extract.IncidentDraft;

/** A reviewed draft becomes an incident with the consultant's corrections and the article's other facts. */
class DraftReviewTest {

	// fictional: no real organisation, no published text
	private static final String ARTICLE = """
			株式会社かくうデータ、不正アクセスによる顧客情報流出の可能性を公表

			株式会社かくうデータ（本社：東京都架空区）は2025年3月14日、同社が運営するオンラインショップ「かくうマート」が\
			不正アクセスを受け、顧客の個人情報が流出した可能性があると発表した。

			流出した可能性があるのは、顧客の氏名、住所、電話番号、メールアドレスで、対象は最大1万2000件。

			同社によると、2025年2月20日に決済代行会社からの連絡で発覚した。
			""";

	private static DraftReview review(IncidentDraft d, String id, Long records, String cause) {
		return new DraftReview(id, "株式会社かくうデータ", "小売（通信販売）", d.announced().value(), DatePrecision.DAY,
				LocalDate.of(2025, 2, 1), DatePrecision.MONTH, records, null, List.of("氏名", "住所"), cause,
				"決済代行会社・カード会社からの連絡", "",
				new Incident.Source("https://example.invalid/news/1", "架空ニュース", LocalDate.of(2025, 3, 15)),
				List.of(new Incident.MappedItem("iso27001-2022", "A.8.8", "")));
	}

	@Test
	void correctionsWinAndTheRestIsKept() {
		IncidentDraft draft = new ArticleExtractor().extract(ARTICLE);
		Incident i = review(draft, "draft-2025-03-14-01", 11_000L, "設定ミス").apply(draft);
		assertEquals("株式会社かくうデータ", i.organization());
		assertEquals(LocalDate.of(2025, 3, 14), i.announced());
		assertEquals(DatePrecision.MONTH, i.precisionOf("discovered"));
		assertEquals(11_000L, i.recordsAffected());
		assertNull(i.recordsMax());
		assertEquals("設定ミス", i.cause());
		assertEquals(List.of("氏名", "住所"), i.dataTypes());
		assertEquals("https://example.invalid/news/1", i.sources().get(0).url());
		assertEquals(List.of(new Incident.MappedItem("iso27001-2022", "A.8.8", "")), i.mappedItems());
	}

	@Test
	void suggestedIdIsFreeAndDated() {
		IncidentDraft draft = new ArticleExtractor().extract(ARTICLE);
		assertEquals("draft-2025-03-14-02", draft.suggestedId(Set.of("draft-2025-03-14-01"), LocalDate.of(2026, 1, 1)));
	}

	@Test
	void invalidReviewIsRefusedByTheRecord() {
		IncidentDraft draft = new ArticleExtractor().extract(ARTICLE);
		assertThrows(IllegalArgumentException.class, () -> review(draft, "bad id/..", 1L, "").apply(draft));
		assertThrows(IllegalArgumentException.class, () -> review(draft, "ok-id", -5L, "").apply(draft));
	}
}
