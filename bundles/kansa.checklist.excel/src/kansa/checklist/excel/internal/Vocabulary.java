package kansa.checklist.excel.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kansa.checklist.excel.ColumnField;

/**
 * Header texts consultants use, in Japanese and English, per field. A header matches a field exactly (after
 * normalising width, case, spaces and punctuation) or by containing one of its words; the longest word wins, so
 * 規格項番 is a requirement number, not a plain 項番.
 */
final class Vocabulary {

	private static final Map<ColumnField, List<String>> WORDS = Map.ofEntries(
			Map.entry(ColumnField.NUMBER, List.of("no", "no.", "nr", "#", "項番", "番号", "項目番号", "通番", "連番",
					"管理番号", "チェックno", "itemno", "number", "ref", "nº", "n°", "nr.", "nummer", "número", "numero",
					"núm", "controlno", "controlid", "itemid", "refno", "referenceno")),
			Map.entry(ColumnField.REQUIREMENT, List.of("規格項番", "規格番号", "規格", "要求事項番号", "条項", "箇条",
					"附属書", "jisq15001", "管理策番号", "該当条項", "指針番号", "指針の項番", "指針項番", "規格の項番", "j番号",
					"根拠", "clause", "control",
					"requirement", "reference", "standard", "controle", "requisito", "anforderung", "kontrolle",
					"norm", "exigence", "contrôle", "cláusula", "klausel")),
			Map.entry(ColumnField.TITLE, List.of("項目", "項目名", "見出し", "タイトル", "表題", "名称", "要求事項",
					"要求事項名", "管理策", "管理策名", "title", "heading", "item", "subject", "controlname",
					"testname", "test", "name", "titel", "título", "titre", "nome", "bezeichnung", "thema")),
			Map.entry(ColumnField.QUESTION, List.of("確認項目", "チェック内容", "チェック項目", "確認内容", "確認事項", "質問",
					"質問事項", "質問内容", "監査項目", "点検項目", "点検内容", "監査の視点", "question", "questions",
					"checkpoint", "checkitem", "auditquestion", "check", "objective", "objectives", "管理策の内容", "内容",
					"pergunta", "questão", "frage", "prüffrage", "prüfpunkt", "pregunta", "objetivo", "ziel", "testobjective", "controlobjective")),
			Map.entry(ColumnField.HOW_TO_CHECK, List.of("確認方法", "確認手段", "確認手順", "監査方法", "点検方法",
					"howtocheck", "howtoverify", "verification", "method", "auditmethod", "how", "procedure",
					"testprocedure", "método", "metodo", "verificação", "prüfmethode", "vorgehen", "méthode")),
			Map.entry(ColumnField.EVIDENCE, List.of("証跡", "確認する文書記録", "文書記録", "記録", "エビデンス", "確認資料",
					"確認文書", "証拠", "evidence", "records", "documents", "expectedevidence", "evidencerequested", "evidência",
					"evidencia", "nachweis", "nachweise", "preuve")),
			Map.entry(ColumnField.GUIDANCE, List.of("ガイダンス", "着眼点", "ポイント", "留意点", "解説", "guidance",
					"hint", "hints")),
			Map.entry(ColumnField.RELATED, List.of("関連項目", "related", "relateditems", "seealso")),
			Map.entry(ColumnField.NOT_APPLICABLE, List.of("適用除外", "適用外", "notapplicable", "n/a", "非該当", "除外理由",
					"適用除外の理由", "非該当の理由", "justification", "justificativa", "justificación", "begründung",
					"exclusionreason", "reasonforexclusion")),
			Map.entry(ColumnField.APPLICABLE, List.of("該当", "適用", "適用有無", "適用の有無", "該当有無", "applicable",
					"applicable?", "applies", "inscope", "aplicável", "aplicavel", "aplicable", "anwendbar", "relevant",
					"applicable(yes/no)", "applicabilité")),
			Map.entry(ColumnField.VERDICT, List.of("判定", "判定結果", "評価", "結果", "適否", "○×", "result", "verdict",
					"rating", "status", "response", "answer", "回答", "resultado", "ergebnis", "statut")),
			Map.entry(ColumnField.NOTES, List.of("備考", "コメント", "所見", "メモ", "特記事項", "notes", "remarks",
					"comment", "comments", "findings", "finding", "observações", "observação", "observaciones",
					"bemerkung", "bemerkungen", "anmerkung", "remarques", "notas", "note")),
			Map.entry(ColumnField.SECTION, List.of("区分", "分類", "カテゴリ", "カテゴリー", "大項目", "category",
					"section", "area", "domain", "domínio", "bereich", "categoria", "categoría", "thème")),
			Map.entry(ColumnField.TITLE_EN, List.of("titleen", "項目英", "title英語")),
			Map.entry(ColumnField.QUESTION_EN, List.of("questionen", "確認項目英")),
			Map.entry(ColumnField.HOW_TO_CHECK_EN, List.of("howtochecken", "確認方法英")),
			Map.entry(ColumnField.EVIDENCE_EN, List.of("evidenceen", "証跡英")),
			Map.entry(ColumnField.GUIDANCE_EN, List.of("guidanceen", "ガイダンス英")),
			Map.entry(ColumnField.ID, List.of("id", "kansaid")));

	private static final List<String> REASONS = List.of("理由", "justification", "justificativa", "justificación",
			"begründung", "exclusionreason", "reasonforexclusion", "除外理由");

	/** Headers are short; a long text in a row is content, not a header. */
	private static final int MAX_HEADER = 24;

	private Vocabulary() {
	}

	static String normalize(String text) {
		String n = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return n.replaceAll("[\\s・/／()（）\\[\\]【】「」.:：、，,_\\-‐－ー　]", "").replace("ー", "");
	}

	/** A header naming the reason for an exclusion, which only means something beside an 「applicable?」 column. */
	static boolean isReason(String header) {
		String n = normalize(header);
		return !n.contains("適用除外") && REASONS.stream().anyMatch(w -> n.contains(normalize(w)));
	}

	static Optional<ColumnField> match(String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String raw = Normalizer.normalize(header.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		if (raw.equals("#") || raw.equals("no.") || raw.equals("n/a")) {
			return Optional.of(raw.equals("n/a") ? ColumnField.NOT_APPLICABLE : ColumnField.NUMBER);
		}
		String n = normalize(header);
		if (n.isEmpty() || n.length() > MAX_HEADER) {
			return Optional.empty();
		}
		// fields in declaration order, so a tie between equally long words always resolves the same way
		for (ColumnField f : ColumnField.values()) {
			for (String w : WORDS.getOrDefault(f, List.of())) {
				if (normalize(w).equals(n)) {
					return Optional.of(f);
				}
			}
		}
		ColumnField best = null;
		int bestLength = 0;
		for (ColumnField f : ColumnField.values()) {
			for (String w : WORDS.getOrDefault(f, List.of())) {
				String nw = normalize(w);
				boolean shortAscii = nw.length() < 4 && nw.chars().allMatch(c -> c < 128);
				if (!shortAscii && nw.length() > bestLength && n.contains(nw)) {
					best = f;
					bestLength = nw.length();
				}
			}
		}
		return Optional.ofNullable(best);
	}
}
