package kansa.incidents.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kansa.incidents.extract.ArticleExtractor;
import kansa.incidents.extract.ExtractionEval;
import kansa.incidents.extract.IncidentDraft;

/** Each failure kind of issue 20 in a few lines written for this test: every field in its right role. */
class RoleExtractionTest {

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Test
	void theSignerIsTheOrganisationAndTheProviderItsContractor() {
		IncidentDraft d = extractor.extract("""
				委託先サービスへの不正アクセスについて
				2025年1月30日
				あおぞら工業株式会社
				当社が利用している株式会社テストクラウドが提供するサービスが不正アクセスを受けました。
				株式会社テストクラウドから当社へ連絡があり、株式会社テストクラウドの調査で判明しました。
				""");
		assertEquals("あおぞら工業株式会社", d.organization().value());
		assertEquals("株式会社テストクラウド", d.contractor().value());
		assertEquals(LocalDate.of(2025, 1, 30), d.announced().value());
	}

	@Test
	void theCountTheNoticeLeadsWithAndItsSubCounts() {
		IncidentDraft d = extractor.extract("""
				当社の通販サイトが不正アクセスを受け、クレジットカード情報 312名分(340件)および個人情報 5,120名分が漏えいした可能性があります。
				""");
		assertEquals(List.of("312名"), ExtractionEval.values(d, "count"));
		assertEquals(List.of("5120名"), ExtractionEval.values(d, "subCounts"));
		assertEquals(List.of("2105名"), ExtractionEval.values(extractor.extract(
				"流出したのは氏名、メールアドレスのデータ(2,105 名分)です。"), "count"));
		assertEquals(List.of("40件"), ExtractionEval.values(extractor.extract(
				"同社は12事業所40件のメールアドレスを含むメールを誤って送信した。"), "count"));
	}

	@Test
	void municipalDatesWithWeekdayTimeAndSpaces() {
		IncidentDraft d = extractor.extract("""
				令和5年3月2日（木曜日）
				みずほし市
				令和5年2月28日火曜日午前10時15分、受信者の方からの連絡により判明しました。
				""");
		assertEquals("みずほし市", d.organization().value());
		assertEquals(LocalDate.of(2023, 3, 2), d.announced().value());
		assertEquals(LocalDate.of(2023, 2, 28), d.discovered().value());
		assertEquals("顧客の指摘", d.discoveryRoute().value());
		assertEquals(LocalDate.of(2022, 6, 1), extractor.extract("2022 年 6 月 1 日(水)、紛失が判明した。").discovered().value());
	}

	@Test
	void theNextDayIsTheDayOfDiscovery() {
		IncidentDraft d = extractor.extract("""
				令和5年11月1日、職員が申告書を書庫で保管しました。翌日、担当者が申告書を探したところ、所定の場所に見当たらず、発見に至っていません。
				""");
		assertEquals(LocalDate.of(2023, 11, 2), d.discovered().value());
		assertEquals("紛失・置忘れ", d.cause().value());
	}

	@Test
	void newsStyleAnnouncedDayAndTopic() {
		IncidentDraft d = extractor.extract("""
				雑貨の通販サイトを運営するこはく工房（大阪市）は8日、顧客のクレジットカード情報2,400件が流出した恐れがあると発表した。
				同社によると、2024年6月20日、カード会社からの連絡で発覚した。
				""");
		assertEquals("こはく工房", d.organization().value());
		assertEquals(LocalDate.of(2024, 7, 8), d.announced().value());
		assertEquals(LocalDate.of(2024, 6, 20), d.discovered().value());
		assertNull(d.contractor());
	}

	@Test
	void causesWithoutTheirKeyword() {
		assertEquals("誤送信", extractor.extract(
				"本来BCCで送るべきところ、全員のアドレスを「To」欄に入れて送った。").cause().value());
		assertEquals("ペイメントアプリケーション改ざん", extractor.extract("""
				同社のネットショップでは決済画面の改ざんが行われていた。調査は2024年1月に終了した。
				その後、顧客のカード番号など1,845件が流出したおそれがあることがわかった。
				""").cause().value());
	}

	@Test
	void somethingLeftBehindIsMissedTheDayItIsLeft() {
		IncidentDraft left = extractor.extract("""
				2025年4月3日午後6時頃、職員が書類を入れた封筒をバスの車内に置き忘れた。翌日、営業所に問い合わせたが見つかっていない。
				""");
		assertEquals(LocalDate.of(2025, 4, 3), left.incidentStart().value());
		assertEquals(LocalDate.of(2025, 4, 3), left.discovered().value());
		// a date only inferred says nothing of how it came to light
		assertNull(left.discoveryRoute());
		IncidentDraft missing = extractor.extract("""
				係員が2025年4月3日に会議室で使用した後、ハードディスクが所在不明になった。
				""");
		assertEquals(LocalDate.of(2025, 4, 3), missing.incidentStart().value());
		assertNull(missing.discovered());
	}

	@Test
	void aCompanyThatToldIsTheRoleItIsIntroducedWith() {
		IncidentDraft d = extractor.extract("""
				当店の通販サイトで、決済代行会社である株式会社テストペイのシステムを経由してカード情報が漏えいしました。
				2025年2月10日、株式会社テストペイより連絡があり、判明しました。
				""");
		assertEquals("決済代行会社・カード会社からの連絡", d.discoveryRoute().value());
		IncidentDraft other = extractor.extract("""
				2025年2月10日、株式会社テスト調査より連絡があり、判明しました。
				""");
		assertEquals("外部からの指摘", other.discoveryRoute().value());
	}

	@Test
	void theSameDayIsTheDayBeforeIt() {
		IncidentDraft d = extractor.extract("""
				2025年6月2日午前、職員が申請者あての書類を別の住所に郵送しました。同日午後、受け取った方からの連絡で判明しました。
				2025年6月4日、職員が鞄を紛失しました。同日、警察に遺失届を提出しました。
				""");
		assertEquals(LocalDate.of(2025, 6, 2), d.discovered().value());
		assertEquals(LocalDate.of(2025, 6, 4), d.reportedToPolice().value());
	}

	@Test
	void theNewsTopicAfterTheServiceItRuns() {
		for (String place : new String[] { "（横浜市）", "" }) {
			IncidentDraft d = extractor.extract("ゲーム「テストクエスト」を配信するテスト遊技" + place
					+ "は3日、利用者の氏名とメールアドレスが流出したと発表した。2025年9月1日に判明した。");
			assertEquals("テスト遊技", d.organization().value(), place);
		}
	}

	@Test
	void anAttackRunsFromADateThatIsNotItsDiscovery() {
		IncidentDraft d = extractor.extract("""
				調査の結果、2024年11月頃から外部からの不正なログインが続いていたことが判明しました。2025年1月9日、利用者からの問い合わせで発覚しました。
				""");
		assertEquals(LocalDate.of(2024, 11, 1), d.incidentStart().value());
		assertEquals(LocalDate.of(2025, 1, 9), d.discovered().value());
		IncidentDraft tampered = extractor.extract("同社のサイトは2024年9月、改ざんを受けた。同年11月5日、カード会社からの連絡で判明した。");
		assertEquals(LocalDate.of(2024, 9, 1), tampered.incidentStart().value());
	}

	@Test
	void theVendorBesideTheNewsTopicOrIntroducedAsTheContractor() {
		IncidentDraft news = extractor.extract(
				"みなもガスは9日、検針業務を委託している株式会社テスト計量のパソコンがウイルスに感染し、顧客の情報が流出したと発表した。");
		assertEquals("みなもガス", news.organization().value());
		assertEquals("株式会社テスト計量", news.contractor().value());
		IncidentDraft signed = extractor.extract("""
				個人情報の流出について
				このたび、弊社の委託先である株式会社テストデータにおいて、弊社のお客様の情報が流出したことが判明しました。
				令和7年3月3日
				株式会社あおば保険サービス
				""");
		assertEquals("株式会社あおば保険サービス", signed.organization().value());
		assertEquals("株式会社テストデータ", signed.contractor().value());
	}
}
