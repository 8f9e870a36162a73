package kansa.incidents.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words incident records use for causes, discovery routes, data types and industries, each with the
 * expressions Japanese notices and news articles use for it. The labels are the values stored in
 * {@link kansa.core.incident.Incident}; the extractor, the search facets and the seed data share them.
 */
public final class Vocabulary {

	/** A label and the text that means it. */
	public record Term(String label, Pattern pattern) {
		static Term of(String label, String regex) {
			return new Term(label, Pattern.compile(regex));
		}
	}

	/** Cause categories, most specific first: the first found is the main cause. */
	public static final List<Term> CAUSES = List.of(
			Term.of("ペイメントアプリケーション改ざん",
					"(決済|ペイメント|支払|カード情報入力|入力フォーム)[^。\\n]{0,12}改(ざん|竄)|改(ざん|竄)[^。\\n]{0,15}(決済|支払|入力フォーム)"),
			Term.of("SQLインジェクション", "SQL\\s*インジェクション|SQLi\\b"),
			Term.of("ランサムウェア", "ランサムウ[ェエ]ア"),
			Term.of("マルウェア感染", "(マルウ[ェエ]ア|ウイルス|ウィルス|Emotet|エモテット)(に|へ)?感染し"),
			Term.of("誤送信", "誤送信|誤って[^。\\n]{0,20}(送信|ファクス|FAX|送付|送っ)|宛先を誤|(BCC|Bcc|bcc)で送(信す|る)べき|CC欄"
					+ "|(To|TO|宛先)」?欄に[^。\\n]{0,20}(送|入れ)|誤って(TO|To)"),
			Term.of("誤交付", "誤交付|誤って[^。\\n]{0,10}(交付|配付|配布|手渡|同封)|(別の|他の)(方|人|利用者|顧客)の[^。\\n]{0,15}(同封|交付)"),
			Term.of("紛失・置忘れ", "紛失|置き?忘れ|盗難|所在不明|見当たら(ない|ず|なかった|なく)|所在が(分|わ)から"),
			Term.of("内部不正", "内部不正|不正に持ち出|元従業員が|従業員が[^。\\n]{0,10}不正|私的に(持ち出|利用)"),
			Term.of("設定ミス", "設定(ミス|不備|誤り)|誤設定|誤った設定|外部から閲覧可能な状態|公開すべきでない|誤って[^。\\n]{0,10}掲載"),
			Term.of("不正アクセス・脆弱性", "不正アクセス|脆弱性|ぜい弱性|ハッキング|サイバー攻撃|クラッキング|不正侵入|不正ログイン|リスト型攻撃"));

	/** How a breach came to light, the most telling first. */
	public static final List<Term> DISCOVERY_ROUTES = List.of(
			Term.of("決済代行会社・カード会社からの連絡",
					"(決済代行会社|クレジットカード会社|カード会社|決済会社|カード発行会社)(から|より)"),
			Term.of("警察からの連絡", "警察(から|より)の?(連絡|通報|指摘|情報提供)"),
			Term.of("脅迫メール", "脅迫(メール|状)|金銭を要求|恐喝|身代金を要求"),
			Term.of("顧客の指摘", "(顧客|お客様|利用者|会員|本人|受信者|市民|区民|町民|村民|県民|住民|保護者|受講者|参加者|申込者|患者)"
					+ "(様|の方|の皆様)?(から|より)(の|、)?(ご|お)?(問い合わせ|問合せ|指摘|連絡|申し出|申出|通報)"
					+ "|(お客様|会員様|顧客)(から|より)[^。\\n]{0,40}(問い合わせ|ご連絡)"),
			Term.of("外部からの指摘", "(第三者|外部の?専門家|セキュリティ研究者|報道機関|取引先様?|外部|事業者|事業所|委託先)(の方)?(から|より)(の|、)?"
					+ "(ご|お)?(指摘|連絡|通報|報告|問い合わせ)|取引先様?(から|より)[^。\\n]{0,40}問い合わせ"
					+ "|株式会社[^\\s、。]{1,15}?(から|より)(当社|弊社|市|町|村|県)?(へ|に)?の?(連絡|報告)"),
			Term.of("内部調査", "(社内|内部)(調査|監査|点検)|従業員が[^。\\n]{0,10}(気づ|発見)|監視システム|不審な(通信|アクセス|ログイン)を検知"
					+ "|(社内|自社)(の)?(システム|サーバ)[^。\\n]{0,10}(障害|異常)"));

	/** Kinds of personal data; a label may be found through several expressions. */
	public static final List<Term> DATA_TYPES = List.of(
			Term.of("氏名", "氏名|お名前|名前"),
			Term.of("住所", "住所"),
			Term.of("電話番号", "電話番号"),
			Term.of("メールアドレス", "メールアドレス|Eメールアドレス|e-?mail"),
			Term.of("生年月日", "生年月日"),
			Term.of("性別", "性別"),
			Term.of("クレジットカード番号", "カード番号"),
			Term.of("有効期限", "有効期限"),
			Term.of("セキュリティコード", "セキュリティー?コード|CVV|CVC"),
			Term.of("カード名義人名", "名義人"),
			Term.of("パスワード", "パスワード"),
			Term.of("ログインID", "ログインID|会員ID|ユーザーID"),
			Term.of("アクセスコード", "アクセスコード"),
			Term.of("プレイヤー名", "プレイヤー名|ニックネーム"),
			Term.of("口座番号", "口座番号|口座情報"),
			Term.of("マイナンバー", "マイナンバー|個人番号"),
			Term.of("購入履歴", "購入履歴|注文履歴"),
			Term.of("健康情報", "病歴|診療情報|健康診断"));

	/** Sectors, told by what the text says the organisation does. */
	public static final List<Term> INDUSTRIES = List.of(
			Term.of("ゲーム・アミューズメント", "ゲーム|アミューズメント"),
			Term.of("小売（通信販売）", "オンラインショップ|通販|ECサイト|ネットショップ|通信販売"),
			Term.of("医療・福祉", "病院|医療機関|クリニック|介護施設"),
			Term.of("教育", "大学|学校|教育委員会|学習塾"),
			Term.of("金融", "銀行|証券会社|保険会社|信用金庫"),
			Term.of("行政", "市役所|区役所|県庁|自治体"),
			Term.of("情報通信・ウェブサービス", "アプリ|ウェブサービス|webアプリ|クラウドシステム|ASP"));

	private Vocabulary() {
	}

	/** The cause label for any wording, or the text itself when it is not in the vocabulary. */
	public static String causeLabel(String text) {
		return label(CAUSES, text);
	}

	public static String dataTypeLabel(String text) {
		return label(DATA_TYPES, text);
	}

	private static String label(List<Term> terms, String text) {
		if (text == null) {
			return "";
		}
		for (Term t : terms) {
			if (t.label().equals(text) || t.pattern().matcher(text).find()) {
				return t.label();
			}
		}
		return text.strip();
	}
}
