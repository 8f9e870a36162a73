package kansa.checklist.tests;

import static kansa.checklist.tests.Sheets.merge;
import static kansa.checklist.tests.Sheets.row;
import static kansa.checklist.tests.Sheets.save;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks in the shapes real checklists come in (security testing checklists, Statements of Applicability,
 * 管理策一覧, 内部監査チェックリスト, vendor assessments), each built here with POI and imported with no mapping
 * and no sheet. The texts are our own; only the layouts follow what is published.
 *
 * @param file        the workbook's file name
 * @param items       items the import must give
 * @param sections    sections, nested ones included
 * @param notApplicable items marked not applicable
 * @param sheet       the sheet the importer must choose
 * @param skipped     rows (1-based, as Excel numbers them) the dry run must name as not imported
 */
record Corpus(String file, Builder builder, int items, int sections, int notApplicable, String sheet,
		List<Integer> skipped) {

	interface Builder {
		void build(Path file) throws IOException;
	}

	@Override
	public String toString() {
		return file;
	}

	Path write(Path dir) throws IOException {
		Path p = dir.resolve(file);
		builder.build(p);
		return p;
	}

	static List<Corpus> all() {
		return List.of(
				new Corpus("header-row-4.xlsx", Corpus::headerRow4, 4, 2, 0, "点検表", List.of()),
				new Corpus("from-column-b.xlsx", Corpus::fromColumnB, 3, 2, 0, "Checklist", List.of()),
				new Corpus("two-row-header.xlsx", Corpus::twoRowHeader, 3, 2, 0, "内部監査", List.of()),
				new Corpus("eight-sheets.xlsx", Corpus::eightSheets, 4, 2, 0, "Controls", List.of()),
				new Corpus("repeated-headers.xlsx", Corpus::repeatedHeaders, 5, 3, 0, "委託先", List.of()),
				new Corpus("number-title-rows.xlsx", Corpus::numberTitleRows, 4, 2, 0, "Sheet1", List.of()),
				new Corpus("testing-guide.xlsx", Corpus::testingGuide, 5, 2, 0, "Testing Checklist", List.of()),
				new Corpus("soa-en.xlsx", Corpus::soaEnglish, 5, 2, 2, "SoA", List.of()),
				new Corpus("dropdown-block.xlsx", Corpus::dropdownBlock, 3, 1, 0, "Checks", List.of(10, 11, 12, 13)),
				new Corpus("applicable-ja.xlsx", Corpus::applicableJa, 4, 1, 2, "チェック", List.of()),
				new Corpus("soa-pt.xlsx", Corpus::soaPortuguese, 3, 1, 1, "Declaração", List.of()),
				new Corpus("pruefliste-de.xlsx", Corpus::prueflisteGerman, 3, 1, 1, "Prüfliste", List.of()),
				new Corpus("english-text.xlsx", Corpus::englishText, 3, 2, 0, "Audit", List.of()),
				new Corpus("管理策一覧.xlsx", Corpus::kanrisaku, 4, 2, 1, "管理策一覧", List.of()),
				new Corpus("内部監査チェックリスト.xlsx", Corpus::naibuKansa, 4, 2, 0, "チェックリスト", List.of()),
				new Corpus("vendor-assessment.xlsx", Corpus::vendorAssessment, 4, 2, 0, "Questionnaire", List.of()),
				new Corpus("old-format.xls", Corpus::oldFormat, 3, 1, 0, "点検", List.of()),
				new Corpus("chapters.xlsx", Corpus::chapters, 4, 2, 0, "規程点検", List.of()));
	}

	/** Title, issuer and date lines above a header in row 4; merged section rows. */
	static void headerRow4(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("点検表");
		row(s, 0, "個人情報保護 点検表");
		row(s, 1, "作成: 品質保証部", null, null, "2026年4月");
		row(s, 3, "No.", "確認項目", "確認方法", "判定", "備考");
		row(s, 4, "1. 組織");
		merge(s, 4, 4, 0, 4);
		row(s, 5, "1-1", "責任者を任命していますか。", "任命書を見る。");
		row(s, 6, "1-2", "役割を文書にしていますか。", "規程を見る。");
		row(s, 7, "2. 教育");
		merge(s, 7, 7, 0, 4);
		row(s, 8, "2-1", "年1回教育していますか。", "記録を見る。", "○");
		row(s, 9, "2-2", "理解度を確認していますか。", "テスト結果を見る。");
		save(wb, f);
	}

	/** The table starts in column B under a title in B1; sections are number-and-title rows. */
	static void fromColumnB(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("Checklist");
		row(s, 0, null, "Privacy checklist");
		row(s, 2, null, "No.", "Question", "How to verify", "Evidence", "Result");
		row(s, 3, null, "1", "Governance");
		row(s, 4, null, "1.1", "Is a privacy officer appointed?", "Ask for the appointment.", "Letter");
		row(s, 5, null, "1.2", "Is the policy published?", "Open the web page.", "Screenshot");
		row(s, 6, null, "2", "Training");
		row(s, 7, null, "2.1", "Is staff trained every year?", "Compare with the staff list.", "Records");
		save(wb, f);
	}

	/** A header split over two rows under merged group titles. */
	static void twoRowHeader(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("内部監査");
		row(s, 0, "項番", "確認内容", null, "結果", null);
		row(s, 1, null, "質問", "確認方法", "判定", "所見");
		merge(s, 0, 1, 0, 0);
		merge(s, 0, 0, 1, 2);
		merge(s, 0, 0, 3, 4);
		row(s, 2, "1", "計画");
		row(s, 3, "1.1", "個人情報を特定していますか。", "台帳を見る。");
		row(s, 4, "1.2", "リスクを分析していますか。", "分析表を見る。");
		row(s, 5, "2", "運用");
		row(s, 6, "2.1", "手順書がありますか。", "手順書を見る。", "適合");
		save(wb, f);
	}

	/** Eight sheets; the checklist is the second, after a cover whose lines look nothing like a header. */
	static void eightSheets(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet cover = wb.createSheet("Cover");
		row(cover, 0, "Privacy controls workbook");
		row(cover, 2, "Version", "3.1");
		row(cover, 3, "Owner", "Compliance team");
		Sheet s = wb.createSheet("Controls");
		row(s, 0, "ID", "Control", "Requirement", "Evidence", "Status");
		row(s, 1, "GV-01", "Privacy governance", "A privacy programme is approved by management.", "Charter", "Done");
		row(s, 2, "GV-02", "Roles", "Privacy roles are assigned.", "RACI", "Open");
		row(s, 3, "DM-01", "Data inventory", "Personal data is inventoried.", "Inventory", "Done");
		row(s, 4, "DM-02", "Retention", "Retention periods are defined.", "Schedule", "Open");
		Sheet legend = wb.createSheet("Legend");
		row(legend, 0, "Status", "Meaning");
		row(legend, 1, "Done", "Implemented");
		row(legend, 2, "Open", "Not yet implemented");
		for (String name : List.of("Mapping", "Glossary", "History", "Lists", "Notes")) {
			Sheet other = wb.createSheet(name);
			row(other, 0, name + " of the workbook");
			row(other, 1, "see the Controls sheet");
		}
		save(wb, f);
	}

	/** Each section is a merged title row followed by the header printed again. */
	static void repeatedHeaders(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("委託先");
		String[] header = { "No.", "チェック内容", "確認する文書・記録", "判定" };
		int r = 0;
		int n = 0;
		for (String[] section : List.of(new String[] { "選定", "選定基準がありますか。", "評価していますか。" },
				new String[] { "契約", "契約を結んでいますか。" }, new String[] { "監督", "年1回評価していますか。", "再委託を把握していますか。" })) {
			row(s, r, section[0]);
			merge(s, r, r, 0, 3);
			row(s, ++r, header);
			for (int k = 1; k < section.length; k++) {
				row(s, ++r, Integer.toString(++n), section[k], "記録");
			}
			r += 2;
		}
		save(wb, f);
	}

	/** Rows with only a number and a title head the sections; one item has a title but no question yet. */
	static void numberTitleRows(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("Sheet1");
		row(s, 0, "項番", "項目", "確認事項", "証跡");
		row(s, 1, "1", "基本方針");
		row(s, 2, "1.1", "方針の策定", "方針を定めていますか。", "方針書");
		row(s, 3, "1.2", "方針の周知");
		row(s, 4, "2", "体制");
		row(s, 5, "2.1", "責任者", "責任者を任命していますか。", "任命書");
		row(s, 6, "2.2", "窓口", "苦情の窓口がありますか。", "");
		save(wb, f);
	}

	/**
	 * A testing checklist: category rows carry a name only; ids like ABC-DEF-01; one test has no objective
	 * written yet and must stay an item in its category.
	 */
	static void testingGuide(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("Testing Checklist");
		row(s, 0, "Reference", "Test Name", "Objectives", "Status", "Notes");
		row(s, 1, null, "Information Gathering");
		row(s, 2, "TG-INFO-01", "Search engine discovery", "Find exposed information in search results.", "Not Started");
		row(s, 3, "TG-INFO-02", "Fingerprint web server", null, "Not Started");
		row(s, 4, "TG-INFO-03", "Review metafiles", "Find paths in robots.txt and sitemaps.", "Pass");
		row(s, 5, null, "Configuration Testing");
		row(s, 6, "TG-CONF-01", "Network configuration", "Check that only needed services are open.", "Issues");
		row(s, 7, "TG-CONF-02", "Platform configuration", "Check default files and accounts.", "N/A");
		save(wb, f);
	}

	/** A Statement of Applicability: A.5.1 numbering whose prefix is the section, a yes/no Applicable column. */
	static void soaEnglish(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("SoA");
		row(s, 0, "Statement of Applicability");
		row(s, 2, "Control", "Control name", "Applicable", "Justification", "Implementation");
		row(s, 3, "A.5.1", "Policies for information security", "Yes", "Required by the ISMS", "Policy v2");
		row(s, 4, "A.5.2", "Roles and responsibilities", "Yes", "Required by the ISMS", "RACI");
		row(s, 5, "A.5.3", "Segregation of duties", "No", "Two-person company", "");
		row(s, 6, "A.7.1", "Physical security perimeters", "Yes", "Office", "Badges");
		row(s, 7, "A.7.2", "Physical entry", "No", "Shared building managed by the landlord", "");
		save(wb, f);
	}

	/** A table of three checks, then, after empty rows, the list the Status dropdown takes its values from. */
	static void dropdownBlock(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("Checks");
		row(s, 0, "#", "Check", "Status", "Comments");
		row(s, 1, "1", "Passwords are at least 12 characters.", "Pass");
		row(s, 2, "2", "Accounts lock after failed logins.", "Issues", "5 tries");
		row(s, 3, "3", "Admin access uses MFA.", "Not Started");
		row(s, 9, null, null, "Not Started");
		row(s, 10, null, null, "Pass");
		row(s, 11, null, null, "Issues");
		row(s, 12, null, null, "N/A");
		save(wb, f);
	}

	/** A Japanese sheet whose 該当 column says はい/いいえ and ○/×. */
	static void applicableJa(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("チェック");
		row(s, 0, "No", "確認項目", "該当", "非該当の理由");
		row(s, 1, "1", "委託先がありますか。", "はい");
		row(s, 2, "2", "要配慮個人情報を取得していますか。", "いいえ", "取得していないため");
		row(s, 3, "3", "海外に移転していますか。", "×", "国内のみ");
		row(s, 4, "4", "Webで取得していますか。", "○");
		save(wb, f);
	}

	/** A Portuguese SoA: Sim/Não. */
	static void soaPortuguese(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("Declaração");
		row(s, 0, "Nº", "Controle", "Aplicável", "Justificativa");
		row(s, 1, "5.1", "Políticas de segurança da informação", "Sim", "Exigido");
		row(s, 2, "5.2", "Papéis e responsabilidades", "Sim", "Exigido");
		row(s, 3, "5.3", "Segregação de funções", "Não", "Empresa pequena");
		save(wb, f);
	}

	/** A German audit list: Ja/Nein. */
	static void prueflisteGerman(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("Prüfliste");
		row(s, 0, "Nr.", "Prüffrage", "Nachweis", "Anwendbar", "Bemerkung");
		row(s, 1, "1", "Gibt es eine Datenschutzrichtlinie?", "Richtlinie", "Ja");
		row(s, 2, "2", "Werden Auftragsverarbeiter geprüft?", "Verträge", "Ja");
		row(s, 3, "3", "Gibt es eine Videoüberwachung?", "", "Nein", "keine Kameras");
		save(wb, f);
	}

	/** English text throughout: it belongs in the English slot. */
	static void englishText(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("Audit");
		row(s, 0, "Item", "Audit question", "Audit method", "Findings");
		row(s, 1, "1 Leadership");
		merge(s, 1, 1, 0, 3);
		row(s, 2, "1.1", "Has top management approved the policy?", "Interview the CEO.");
		row(s, 3, "1.2", "Are objectives measurable?", "Read the objectives.");
		row(s, 4, "2 Operation");
		merge(s, 4, 4, 0, 3);
		row(s, 5, "2.1", "Are changes controlled?", "Sample three changes.");
		save(wb, f);
	}

	/** ISMS 管理策一覧: number-and-title section rows, 適用 ○/× and the reason for exclusion. */
	static void kanrisaku(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("管理策一覧");
		row(s, 0, "管理策一覧（適用宣言書）");
		row(s, 2, "管理策番号", "管理策", "管理策の内容", "適用", "適用除外の理由");
		row(s, 3, "5", "組織的管理策");
		row(s, 4, "5.1", "情報セキュリティのための方針群", "方針を定め、承認し、周知する。", "○");
		row(s, 5, "5.2", "情報セキュリティの役割及び責任", "役割と責任を定める。", "○");
		row(s, 6, "7", "物理的管理策");
		row(s, 7, "7.1", "物理的セキュリティ境界", "境界を定めて用いる。", "○");
		row(s, 8, "7.4", "物理的セキュリティの監視", "施設を監視する。", "×", "共用ビルで管理会社が実施");
		save(wb, f);
	}

	/** 内部監査チェックリスト: a 区分 column, 規格項番, 判定 ○/× that must not be taken as 適用除外. */
	static void naibuKansa(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("チェックリスト");
		row(s, 0, "内部監査チェックリスト", null, null, null, "監査日:", "2026/05/10");
		row(s, 1, "被監査部門:", "営業部", null, null, "監査員:", "山田");
		row(s, 3, "区分", "No", "規格項番", "質問", "確認方法", "判定", "所見");
		row(s, 4, "計画", "1", "A.3.3.1", "個人情報を特定していますか。", "台帳を閲覧", "○");
		row(s, 5, "計画", "2", "A.3.3.3", "リスクを分析していますか。", "分析表を閲覧", "×", "未更新");
		row(s, 6, "運用", "3", "A.3.4.2.1", "利用目的を特定していますか。", "台帳を閲覧", "○");
		row(s, 7, "運用", "4", "A.3.4.3.4", "委託先を監督していますか。", "評価表を閲覧", "○");
		save(wb, f);
	}

	/**
	 * A vendor assessment: vendor details as label/value rows above, the table from column B, merged section
	 * rows, a Yes/No/N/A response column.
	 */
	static void vendorAssessment(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet intro = wb.createSheet("Instructions");
		row(intro, 0, "Please answer every question on the next sheet.");
		Sheet s = wb.createSheet("Questionnaire");
		row(s, 0, null, "Vendor security assessment");
		row(s, 1, null, "Vendor name:", "");
		row(s, 2, null, "Date:", "");
		row(s, 4, null, "Ref", "Question", "Response (Yes/No/N/A)", "Evidence requested", "Comments");
		row(s, 5, null, "1. Information security policy");
		merge(s, 5, 5, 1, 6);
		row(s, 6, null, "1.1", "Do you have a written security policy?", "", "Policy document");
		row(s, 7, null, "1.2", "Is it reviewed every year?", "", "Review record");
		row(s, 8, null, "2. Physical security");
		merge(s, 8, 8, 1, 6);
		row(s, 9, null, "2.1", "Is the data centre access controlled?", "", "Access log");
		row(s, 10, null, "2.2", "Do you operate your own data centre?", "N/A", "", "Cloud only");
		save(wb, f);
	}

	/** An old .xls with the checklist on the third sheet. */
	static void oldFormat(Path f) throws IOException {
		HSSFWorkbook wb = new HSSFWorkbook();
		Sheet a = wb.createSheet("表紙");
		row(a, 0, "点検シート");
		Sheet b = wb.createSheet("改訂履歴");
		row(b, 0, "版", "日付", "内容");
		row(b, 1, "1.0", "2025/04/01", "初版");
		Sheet s = wb.createSheet("点検");
		row(s, 0, "番号", "点検項目", "点検方法", "結果");
		row(s, 1, "1", "施錠していますか。", "目視");
		row(s, 2, "2", "入退室を記録していますか。", "記録を見る");
		row(s, 3, "3", "来訪者を受け付けていますか。", "受付簿を見る");
		save(wb, f);
	}

	/** Chapter rows 「第1章」 with a title only, items numbered 「(1)」 again in each chapter. */
	static void chapters(Path f) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet s = wb.createSheet("規程点検");
		row(s, 0, "番号", "項目", "確認内容");
		row(s, 1, "第1章", "総則");
		row(s, 2, "(1)", "目的", "規程の目的が書かれていますか。");
		row(s, 3, "(2)", "適用範囲", "適用範囲が書かれていますか。");
		row(s, 4, "第2章", "体制");
		row(s, 5, "(1)", "責任者", "責任者が定められていますか。");
		row(s, 6, "(2)", "監査", "監査責任者が定められていますか。");
		save(wb, f);
	}
}
