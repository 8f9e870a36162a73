package kansa.checklist.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Checklist sheets laid out the ways consultants' sheets are, written with POI for the import tests. */
final class Sheets {

	private Sheets() {
	}

	static void row(Sheet s, int index, String... cells) {
		Row r = s.createRow(index);
		for (int k = 0; k < cells.length; k++) {
			if (cells[k] != null) {
				r.createCell(k).setCellValue(cells[k]);
			}
		}
	}

	static void merge(Sheet s, int r1, int r2, int c1, int c2) {
		s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
	}

	static Path save(Workbook wb, Path file) throws IOException {
		try (wb; OutputStream out = Files.newOutputStream(file)) {
			wb.write(out);
		}
		return file;
	}

	/** A title line, merged section rows across the table, 判定/備考 and an unknown 担当部署 column. */
	static Path mergedSections(Path dir) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("委託先");
		row(s, 0, "委託先管理チェックリスト 2026年版");
		merge(s, 0, 0, 0, 7);
		row(s, 2, "No.", "規格項番", "チェック内容", "確認方法", "確認する文書・記録", "判定", "備考", "担当部署");
		row(s, 3, "1. 委託先の選定");
		merge(s, 3, 3, 0, 7);
		row(s, 4, "1-1", "A.3.4.3.4", "委託先を選ぶ基準を定めていますか。", "委託先選定基準を閲覧する。", "委託先選定基準", "○", null, "総務部");
		row(s, 5, "1-2", "A.3.4.3.4", "選定時に委託先評価表で評価していますか。\n評価者と承認者は記録されていますか。",
				"評価表を2社分抜き取る。", "委託先評価表", null, "新規2社", "総務部");
		row(s, 6, "2. 契約と監督");
		merge(s, 6, 6, 0, 7);
		row(s, 7, "2-1", "A.3.4.3.4、個人情報保護法 第25条", "契約書に安全管理措置を定めていますか。", "契約書を閲覧する。", "委託契約書",
				"×", "1社未締結", null);
		row(s, 8, "2-2", "A.3.4.3.4", "委託先を年1回評価していますか。", "再評価の記録を確認する。", "委託先評価表（定期）");
		return save(wb, dir.resolve("委託先チェック.xlsx"));
	}

	/** An .xls with a two-row header under merged group titles; sections are rows with a title only. */
	static Path twoHeaderRows(Path dir) throws IOException {
		HSSFWorkbook wb = new HSSFWorkbook();
		Sheet s = wb.createSheet("内部監査");
		row(s, 0, "項番", "要求事項", null, "確認内容", null, "結果");
		row(s, 1, null, "規格項番", "要求事項名", "質問", "確認方法", null);
		merge(s, 0, 1, 0, 0);
		merge(s, 0, 0, 1, 2);
		merge(s, 0, 0, 3, 4);
		merge(s, 0, 1, 5, 5);
		row(s, 2, "A.3.3", null, "計画");
		row(s, 3, "A.3.3.1", "A.3.3.1", "個人情報の特定", "個人情報を台帳に登録していますか。", "台帳を閲覧する。", "適合");
		row(s, 4, "A.3.3.2", "A.3.3.2", "法令、国が定める指針その他の規範", "法令の一覧がありますか。", "一覧を閲覧する。");
		row(s, 5, "A.3.4", null, "実施及び運用");
		row(s, 6, "A.3.4.1", "A.3.4.1", "運用手順", "手順書がありますか。", "手順書を閲覧する。");
		row(s, 7, "A.3.4.2", null, "取得，利用及び提供に関する原則");
		row(s, 8, "A.3.4.2.1", "A.3.4.2.1", "利用目的の特定", "利用目的を特定していますか。", "台帳の利用目的欄を見る。", "軽微な不適合");
		return save(wb, dir.resolve("内部監査.xls"));
	}

	/** English headers, numbering in an unnamed first column, blank spacer rows between items. */
	static Path numbersInFirstColumn(Path dir) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("Checklist");
		row(s, 0, null, "Checkpoint", "How to verify", "Evidence", "Result");
		row(s, 1, "1", "Policy");
		row(s, 3, "1.1", "Is the privacy policy approved by top management?", "Read the signed policy.", "Signed policy", "OK");
		row(s, 5, "1.2", "Is it published on the website?", "Open the web page.", "Screenshot");
		row(s, 7, "2", "Training");
		row(s, 9, "2.1", "Has every employee been trained this year?", "Compare attendance with the staff list.",
				"Training records", "NG");
		return save(wb, dir.resolve("english.xlsx"));
	}

	/** A 区分 column, 項番 and 項目 merged down over several question rows, a header repeated for printing. */
	static Path verticalMerges(Path dir) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("点検表");
		row(s, 0, "区分", "項番", "項目", "確認項目", "証跡");
		row(s, 1, "委託先管理", "A.3.4.3.4", "委託先の監督", "選定基準がありますか。", "選定基準");
		row(s, 2, null, null, null, "契約を締結していますか。", "契約書");
		row(s, 3, null, null, null, "年1回評価していますか。", "評価表");
		merge(s, 1, 3, 1, 1);
		merge(s, 1, 3, 2, 2);
		row(s, 4, "区分", "項番", "項目", "確認項目", "証跡");
		row(s, 5, "教育", "A.3.4.5", "認識", "年1回教育していますか。", "教育実施記録");
		return save(wb, dir.resolve("点検表.xlsx"));
	}
}
