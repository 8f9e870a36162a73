package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.extract.Found;

/**
 * The organisation a pasted article is about, in the ways Japanese notices and news name it. All names and texts
 * here are made up.
 */
class OrganizationExtractionTest {

	private static Found<String> organization(String article) {
		return new ArticleExtractor().extract(article).organization();
	}

	@Test
	void legalFormBeforeTheName() {
		Found<String> org = organization("""
				株式会社みらいとは10日、通販サイトへの不正アクセスを公表した。株式会社みらいとによると、氏名など1,200件が流出した可能性がある。
				""");
		assertEquals("株式会社みらいと", org.value());
	}

	@Test
	void legalFormAfterTheName() {
		String article = """
				本日さくら商事株式会社は、会員サイトへの不正アクセスにより顧客情報が流出したと発表した。
				さくら商事によると、外部からの連絡で発覚した。さくら商事は再発防止策を講じるとしている。
				""";
		Found<String> org = organization(article);
		assertEquals("さくら商事株式会社", org.value(), "without 本日, a word of time");
		assertEquals("さくら商事株式会社", org.span().text());
		assertEquals(article.indexOf("さくら商事株式会社"), org.span().start());
		assertTrue(org.confidence() >= 0.8, "three mentions: " + org.confidence());
	}

	@Test
	void symbolsInsideANameStay() {
		assertEquals("ジェイ・エス・ビー株式会社", organization("""
				ジェイ・エス・ビー株式会社は、従業員がメールを誤送信し、取引先の連絡先が漏えいしたと発表した。
				""").value());
	}

	@Test
	void aCityIsAnOrganisation() {
		Found<String> org = organization("""
				みなと市は10日、市民の個人情報を記録したUSBメモリを職員が紛失したと発表した。みなと市によると、約500人分の氏名が含まれる。
				""");
		assertEquals("みなと市", org.value());
	}

	@Test
	void aHospitalNamedWithItsUniversity() {
		Found<String> org = organization("""
				東都大学附属病院で、患者の検査結果を含む書類が所在不明になった。東都大学附属病院は患者に謝罪した。
				""");
		assertEquals("東都大学附属病院", org.value(), "the longer of two nested names");
	}

	@Test
	void theCompanyMentionedMostWinsOverItsSubcontractor() {
		Found<String> org = organization("""
				株式会社あおば物流は、業務委託先の株式会社しらかばシステムがランサムウェアに感染したと発表した。
				株式会社あおば物流によると、配送先の氏名と住所が暗号化された。株式会社あおば物流は顧客に連絡している。
				""");
		assertEquals("株式会社あおば物流", org.value());
	}

	@Test
	void newsStyleTheAnnouncerWithLowConfidence() {
		Found<String> org = organization("""
				ひかり電機は10日、顧客の氏名など約3万件が流出した可能性があると発表した。ひかり電機によると、委託先のサーバーが攻撃を受けた。
				""");
		assertEquals("ひかり電機", org.value());
		assertTrue(org.confidence() < 0.6, "a guess for the consultant to confirm: " + org.confidence());
	}

	@Test
	void newsStyleWithoutTheDescriptionBeforeTheName() {
		assertEquals("みどりテック", organization("東京のIT企業みどりテックは、社員が顧客リストを紛失したと公表した。").value());
	}

	@Test
	void theRegulatorIsNotTheOrganisation() {
		assertNull(organization("個人情報保護委員会は、事業者への指導を行ったと発表した。同社は謝罪した。"));
	}

	@Test
	void noOrganisationNoGuess() {
		assertNull(organization("個人情報が流出したとの報道があった。詳細は不明である。"));
	}
}
