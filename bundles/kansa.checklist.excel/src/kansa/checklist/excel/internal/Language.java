package kansa.checklist.excel.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kansa.core.text.LocalizedText;

/**
 * Which slot of a {@link LocalizedText} a cell belongs in, and what yes/no words mean. A sheet has one text
 * column per field; text with kana or kanji is Japanese, Latin text without any is English (Portuguese or German
 * text goes there too: the English slot is the one for text that is not Japanese).
 */
final class Language {

	private static final Set<String> YES = Set.of("はい", "yes", "y", "○", "◯", "〇", "✔", "✓", "☑", "sim", "s", "ja", "j",
			"sí", "si", "oui", "true", "1", "該当", "適用", "有", "あり", "対象", "要");
	private static final Set<String> NO = Set.of("いいえ", "no", "n", "×", "✕", "✗", "✘", "x", "não", "nao", "nein", "non",
			"false", "0", "非該当", "適用外", "対象外", "無", "なし", "不要", "-", "n/a", "na", "none");

	private Language() {
	}

	static boolean japanese(String s) {
		return s.codePoints().anyMatch(cp -> {
			Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
			return sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA
					|| sc == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF5E);
		});
	}

	/** Text with letters and no Japanese character at all. */
	static boolean foreign(String s) {
		return !japanese(s) && s.codePoints().anyMatch(Character::isLetter);
	}

	/** A cell of a Japanese column with no English column beside it: foreign text goes to the English slot. */
	static LocalizedText text(String ja, String en) {
		return en.isBlank() && foreign(ja) ? LocalizedText.of("", ja) : LocalizedText.of(ja, en);
	}

	static List<kansa.core.text.LocalizedText> questions(String ja, String en) {
		return en.isBlank() && foreign(ja) ? CellText.questions("", ja) : CellText.questions(ja, en);
	}

	private static String word(String cell) {
		return Normalizer.normalize(cell, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
				.replaceAll("[.。!！]+$", "");
	}

	static boolean yes(String cell) {
		return YES.contains(word(cell)) || YES.contains(cell.strip());
	}

	static boolean no(String cell) {
		return NO.contains(word(cell)) || NO.contains(cell.strip());
	}
}
