package kansa.bench.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kansa.core.incident.Actor;
import kansa.core.incident.Incident;

/**
 * Synthetic incidents for the benchmark: varied Japanese narratives built from cause-specific sentences, places,
 * services and data types, from a fixed seed so every run measures the same data.
 */
final class SyntheticIncidents {

	private static final String[] PREFIX = { "株式会社", "有限会社", "医療法人", "学校法人", "一般社団法人" };
	private static final String[] NAME = { "さくら", "みなと", "ひかり", "あおば", "ミライ", "テクノ", "北斗", "東和", "大和",
			"フジ", "アルファ", "グローバル", "中央", "新星", "朝日", "太陽", "緑風", "白鷺", "青葉", "昭栄" };
	private static final String[] SUFFIX = { "商事", "精機", "物産", "システム", "ホールディングス", "薬局", "出版", "学園", "会",
			"電機", "食品", "不動産" };
	private static final String[] INDUSTRY = { "小売（通信販売）", "製造", "医療・福祉", "教育", "金融", "行政",
			"情報通信・ウェブサービス", "ゲーム・アミューズメント" };
	private static final String[] PLACE = { "東京都", "京都", "大阪府", "名古屋市", "札幌市", "福岡市", "横浜市", "神戸市", "仙台市",
			"広島市" };
	private static final String[] SERVICE = { "オンラインショップ", "会員サイト", "予約システム", "通販サイト", "ポイントサービス",
			"顧客管理システム", "メールマガジン", "採用サイト" };
	private static final String[] DATA = { "氏名", "住所", "電話番号", "メールアドレス", "生年月日", "クレジットカード番号", "有効期限",
			"セキュリティコード", "パスワード", "購入履歴", "口座番号", "健康情報" };
	private static final String[] ROUTE = { "決済代行会社・カード会社からの連絡", "警察からの連絡", "脅迫メール", "顧客の指摘",
			"内部調査", "外部からの指摘" };
	private static final Map<String, String[]> STORY = Map.of(
			"不正アクセス・脆弱性", new String[] { "{s}のサーバーが第三者から不正アクセスを受け、{d}が外部に流出したおそれがある。",
					"公開しているウェブアプリケーションの脆弱性を突かれ、{d}が閲覧された。", "委託先が管理するサーバーに侵入され、保存していた{d}が盗まれた。" },
			"ペイメントアプリケーション改ざん", new String[] { "{s}の決済画面が改ざんされ、入力されたクレジットカード情報が外部に送信されていた。",
					"決済用モジュールが改ざんされ、カード番号とセキュリティコードが窃取された。" },
			"SQLインジェクション", new String[] { "{s}の検索機能にSQLインジェクションの脆弱性があり、{d}が抜き取られた。" },
			"ランサムウェア", new String[] { "ランサムウェアに感染してファイルが暗号化され、身代金を要求された。{d}が持ち出された可能性がある。",
					"VPN機器の脆弱性からランサムウェアが侵入し、業務システムが停止した。" },
			"誤送信", new String[] { "担当者が宛先を誤ってメールを送信し、{d}を含むファイルが社外に送られた。",
					"一斉メールをBCCでなくTOで送信したため、受信者全員の{d}が互いに見える状態になった。" },
			"誤交付", new String[] { "{p}の窓口で別人の書類を誤って交付し、{d}が第三者に渡った。" },
			"紛失・置忘れ", new String[] { "従業員が{d}を保存したUSBメモリを{p}の電車内で紛失した。",
					"{p}の営業所で顧客名簿を紛失し、所在が分かっていない。" },
			"内部不正", new String[] { "元従業員が退職前に{d}を不正に持ち出し、競合他社で利用していた。" },
			"設定ミス", new String[] { "クラウドストレージの公開設定ミスにより、{d}が誰でも閲覧できる状態だった。",
					"{s}のアクセス権の設定不備で、他の利用者の{d}が表示された。" });
	private static final String[] AFTER = { "同社は対象者に個別に連絡し、再発防止策を講じるとしている。",
			"個人情報保護委員会に報告し、外部の専門機関による調査を進めている。", "二次被害は確認されていないが、不審な連絡に注意するよう呼びかけている。",
			"サービスを一時停止し、システムの見直しを行った。" };
	private static final List<String> CAUSES = List.copyOf(STORY.keySet().stream().sorted().toList());

	private SyntheticIncidents() {
	}

	static List<Incident> generate(int count, long seed) {
		Random r = new Random(seed);
		List<Incident> list = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			String cause = CAUSES.get(r.nextInt(CAUSES.size()));
			String org = pick(r, PREFIX) + pick(r, NAME) + pick(r, SUFFIX);
			String service = pick(r, SERVICE);
			String place = pick(r, PLACE);
			List<String> data = new ArrayList<>();
			for (int k = 0, m = 1 + r.nextInt(4); k < m; k++) {
				String d = pick(r, DATA);
				if (!data.contains(d)) {
					data.add(d);
				}
			}
			String story = pick(r, STORY.get(cause)).replace("{s}", service).replace("{p}", place)
					.replace("{d}", String.join("・", data));
			String narrative = place + "の" + org + "で" + story + pick(r, AFTER);
			LocalDate announced = LocalDate.of(2015 + r.nextInt(11), 1 + r.nextInt(12), 1 + r.nextInt(28));
			long records = (long) Math.pow(10, 1 + r.nextDouble() * 5);
			list.add(new Incident(String.format("synthetic-%06d", n), org, pick(r, INDUSTRY), service, null, null,
					announced.minusDays(10 + r.nextInt(90)), announced, null, null, null, pick(r, ROUTE),
					List.of(Actor.EXTERNAL), cause, List.of(), records, null, false, "件", null, null, data, narrative,
					null, null, null, List.of(new Incident.MappedItem("iso27001-2022", "A.8." + (1 + r.nextInt(34)), ""))));
		}
		return list;
	}

	private static String pick(Random r, String[] values) {
		return values[r.nextInt(values.length)];
	}
}
