package kansa.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The audit commands refuse like the rest of the command line: one line, Japanese first and English second, exit
 * code 1, the audit file untouched.
 */
class AuditErrorsTest extends KansaCli {

	/** Japanese text, then " / ", then English words. */
	private static final Pattern BILINGUAL = Pattern
			.compile(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].* / .*[A-Za-z]{3,} [A-Za-z]{2,}.*");

	private void refused(String ja, String en, String... args) throws Exception {
		Path audit = dir.resolve("kansa-workspace/audits/a1/audit.json");
		String before = Files.exists(audit) ? Files.readString(audit) : null;
		assertEquals(1, kansa(args), String.join(" ", args) + ": " + out());
		String line = err().strip();
		assertEquals(1, line.lines().count(), line);
		assertTrue(BILINGUAL.matcher(line).matches(), line);
		assertTrue(line.contains(ja), "「" + ja + "」 in " + line);
		assertTrue(line.contains(en), "'" + en + "' in " + line);
		assertTrue(line.indexOf(ja) < line.indexOf(en), "Japanese first: " + line);
		if (before != null) {
			assertEquals(before, Files.readString(audit), "the audit is unchanged");
		}
	}

	@Test
	void everyRefusalIsOneLineInBothLanguages() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "a1"),
				err());
		refused("監査 'nosuch' がありません", "no audit 'nosuch'", "audit", "show", "nosuch");
		refused("監査 'a1' は既にあります", "an audit 'a1' already exists", "audit", "new", "--checklist", "iso27001-2022",
				"--client", "株式会社テスト", "--id", "a1");
		refused("チェックリスト 'nosuch' がありません", "no checklist 'nosuch'", "audit", "new", "--checklist", "nosuch",
				"--client", "株式会社テスト");
		refused("サブコマンド 'frob' はありません", "unknown sub-command 'frob'", "audit", "frob");
		refused("オプション --bogus はありません", "unknown option --bogus", "audit", "set", "a1", "A.5.1", "--verdict", "適合",
				"--bogus", "x");
		refused("--verdict を指定してください", "--verdict is required", "audit", "set", "a1", "A.5.1");
		refused("項目 'A.9.9' はありません", "no item 'A.9.9' in the checklist of audit a1", "audit", "set", "a1", "A.9.9",
				"--verdict", "適合");
		refused("判定 'maybe' は選択肢にありません", "unknown verdict 'maybe'", "audit", "set", "a1", "A.5.1", "--verdict",
				"maybe");
		refused("監査の状態 'done' は選択肢にありません", "unknown audit status 'done'", "audit", "status", "a1", "done");
		refused("計画 から 報告済 には進めません", "cannot go from planned to reported", "audit", "status", "a1", "reported");
		refused("指摘の区分 'bad' は選択肢にありません", "unknown grade 'bad'", "audit", "finding", "a1", "A.5.1", "--grade",
				"bad", "--statement", "x");
		refused("是正処置 CAR-999 はありません", "no corrective action CAR-999 in audit a1", "audit", "action", "a1",
				"CAR-999", "--status", "verified");
		refused("--start: '2026-13-01' は日付ではありません", "is not a date", "audit", "edit", "a1", "--start", "2026-13-01");

		assertEquals(0, kansa("audit", "set", "a1", "A.5.1", "--verdict", "軽微な不適合"), err());
		refused("監査 a1 を報告済にできません", "audit a1 cannot be reported", "audit", "status", "a1", "reported");
		refused("ですが指摘事項がありません", "is minor nonconformity but has no finding", "audit", "status", "a1", "reported");
		refused("未評価の項目が", "items are not assessed", "audit", "status", "a1", "reported");
		assertEquals(0, kansa("audit", "finding", "a1", "A.5.1", "--grade", "軽微な不適合", "--statement", "方針が未承認"),
				err());
		refused("CAR-001: 未回答 から 完了 には進めません", "CAR-001: cannot go from open to closed", "audit", "action", "a1",
				"CAR-001", "--status", "closed");
		refused("回答受領にするには依頼者の回答を記録してください", "record the client's response", "audit", "action", "a1",
				"CAR-001", "--status", "response-received");
	}

	/** The other commands' refusals read the same way. */
	@Test
	void checklistIncidentAndReportRefusalsAreInBothLanguages() throws Exception {
		assertEquals(0, kansa("audit", "new", "--checklist", "iso27001-2022", "--client", "株式会社テスト", "--id", "a1"),
				err());
		refused("チェックリスト 'nosuch' がありません", "no checklist 'nosuch'", "checklist", "derive", "nosuch", "--id", "x");
		refused("サブコマンド 'frob' はありません", "unknown sub-command 'frob'", "checklist", "frob");
		refused("サブコマンドを指定してください", "missing sub-command", "incident");
		refused("サブコマンド 'frob' はありません", "unknown sub-command 'frob'", "incident", "frob");
		refused("検索語か絞り込み条件を指定してください", "missing QUERY", "incident", "search");
		refused("'many' は数ではありません", "'many' is not a number", "incident", "search", "--year", "many");
		refused("--lang は ja か en です", "--lang must be ja or en", "report", "a1", "--format", "pdf", "--lang", "fr");
		refused("形式 docx の報告書を作る機能がありません", "no report generator for format 'docx'", "report", "a1",
				"--format", "docx");
		assertEquals(0, kansa("checklist", "derive", "iso27001-2022", "--id", "mine"), err());
		refused("チェックリスト 'mine' は既にあります", "a checklist 'mine' already exists", "checklist", "derive",
				"iso27001-2022", "--id", "mine");
	}
}
