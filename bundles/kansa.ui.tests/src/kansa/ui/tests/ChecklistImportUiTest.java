package kansa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.commands.Command;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kansa.checklist.excel.ColumnField;
import kansa.checklist.excel.ColumnMapping;
import kansa.core.checklist.Checklist;
import kansa.core.checklist.ChecklistItem;
import kansa.ui.checklist.internal.Messages;
import kansa.ui.checklist.internal.editor.ChecklistEditorPart;
import kansa.ui.checklist.internal.handlers.ImportChecklistHandler;
import kansa.ui.checklist.internal.importer.ImportWizard;

/**
 * Excel から取り込む in the running workbench: a workbook with a cover sheet and a checklist sheet is read in the
 * background, the sheet chosen, the proposed mapping and preview checked, one column remapped, and Finish saves
 * the checklist and opens it; a header under a title block that detection gets wrong is given by hand, with a
 * standard; a file that is not a workbook shows the importer's message and writes nothing.
 */
class ChecklistImportUiTest extends WorkspaceUiTest {

	private WizardDialog dialog;

	@AfterEach
	void closeDialog() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
	}

	@Test
	void proposedMappingPreviewRemapAndFinish() throws Exception {
		Path xlsx = workbook(fx.root.resolve("委託先チェック.xlsx"));
		ImportWizard wizard = open();
		ImportWizardPage page = new ImportWizardPage(dialog.getShell());
		page.setFile(xlsx).waitForRead();
		// the cover sheet comes first and has no header: the importer chooses the checklist sheet and says so
		assertNull(wizard.error(), () -> wizard.error());
		assertEquals(List.of("表紙", "委託先"), page.sheetItems());
		assertTrue(page.status().startsWith("シート「委託先」"), page.status());
		assertTrue(page.status().contains("見出しより下の行: 項目 4、"), page.status());

		page.selectSheet("表紙").waitForRead();
		assertNotNull(wizard.error(), "the cover chosen by hand has no header: the importer's message");
		assertEquals(wizard.error(), page.message(), "shown under the wizard's title");
		assertFalse(page.canFinish());

		page.selectSheet("委託先").waitForRead();
		assertNull(wizard.error(), () -> wizard.error());
		assertTrue(page.status().contains("委託先"), page.status());
		Screenshots.saveIfAsked(dialog.getShell(), "checklist-import-file.png");

		page.next();
		List<ColumnMapping.Column> columns = page.columns();
		assertEquals(ColumnField.NUMBER, columns.get(0).field());
		assertEquals(ColumnField.QUESTION, columns.get(2).field());
		assertEquals(ColumnField.EVIDENCE, columns.get(4).field());
		assertEquals(ColumnField.EXTRA, columns.get(7).field());
		assertEquals("担当部署", columns.get(7).header());
		List<List<String>> preview = page.previewRows();
		assertEquals(4, preview.size());
		assertEquals("1-1", preview.get(0).get(1));
		assertEquals("委託先を選ぶ基準を定めていますか。", preview.get(0).get(3));
		assertTrue(preview.get(0).get(6).contains("担当部署: 総務部"), preview.get(0).get(6));
		assertTrue(page.problems().stream().anyMatch(p -> p.where().equals("委託先!G9")),
				() -> "the importer's notes name Sheet!Cell: " + page.problems());
		Screenshots.saveIfAsked(dialog.getShell(), "checklist-import-mapping.png");

		page.setField(7, ColumnField.IGNORE).waitForRead();
		assertEquals(ColumnField.IGNORE, page.columns().get(7).field());
		assertFalse(page.previewRows().get(0).get(6).contains("担当部署"),
				"the preview follows the changed mapping");
		assertTrue(fx.workspace.checklistIds().isEmpty(), "nothing is written before Finish");

		page.next();
		page.name("itaku-2026", "委託先管理 2026", "1.0");
		Screenshots.saveIfAsked(dialog.getShell(), "checklist-import-name.png");
		assertTrue(page.canFinish(), () -> "finish: " + page.message());
		page.finish();
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), () -> "closed: " + page.message());

		Checklist saved = fx.workspace.loadChecklist("itaku-2026");
		assertEquals("委託先管理 2026", saved.title().ja());
		assertEquals(4, saved.itemCount());
		ChecklistItem first = saved.item("1-1").orElseThrow();
		assertEquals(Map.of("判定", "○"), first.extras());
		assertEquals("委託先選定基準", first.expectedEvidence().ja());
		UiWait.settle(100);
		ChecklistEditorPart editor = (ChecklistEditorPart) fx.page.getActiveEditor();
		assertEquals("itaku-2026", editor.checklist().id());
	}

	@Test
	void aHeaderRowGivenByHandReadsTheSheetAgainAndTheStandardIsSaved() throws Exception {
		Path xlsx = titleBlockWorkbook(fx.root.resolve("内部監査.xlsx"));
		ImportWizard wizard = open();
		ImportWizardPage page = new ImportWizardPage(dialog.getShell());
		page.setFile(xlsx).waitForRead();
		// the title block's 名称/規格 line looks like a header to the detector: the real one on row 4 is missed
		int detected = wizard.result() == null ? -1 : wizard.result().mapping().headerRow() + 1;
		assertNotEquals(4, detected, () -> "detection was meant to miss row 4: " + page.status());
		assertEquals(detected, page.headerRow(), "the spinner shows the detected row");
		assertFalse(page.columns().stream().anyMatch(c -> c.field() == ColumnField.QUESTION
				&& c.header().equals("点検項目")), () -> "wrong mapping expected: " + page.columns());

		page.setHeaderRow(4);
		assertTrue(page.isReading(), "a header row given reads the sheet again in the background");
		page.waitForRead();
		assertNull(wizard.error(), () -> wizard.error());
		assertTrue(page.status().contains("4"), page.status());
		Screenshots.saveIfAsked(dialog.getShell(), "checklist-import-header-row.png");

		page.next();
		List<ColumnMapping.Column> columns = page.columns();
		assertEquals(List.of(ColumnField.NUMBER, ColumnField.QUESTION, ColumnField.EXTRA),
				columns.stream().map(ColumnMapping.Column::field).toList());
		assertEquals("担当部署", columns.get(2).header());
		List<List<String>> preview = page.previewRows();
		assertEquals(3, preview.size());
		assertEquals("1-1", preview.get(0).get(1));
		assertEquals("委託先を選ぶ基準を定めていますか。", preview.get(0).get(3));
		assertEquals("担当部署: 総務部", preview.get(0).get(6));

		page.next();
		assertEquals("", page.standard(), "no チェックリスト情報 sheet: no standard proposed, as in the CLI");
		page.name("naibu-2026", "内部監査 2026", "1.0").setStandard("JIS Q 15001:2017");
		Screenshots.saveIfAsked(dialog.getShell(), "checklist-import-standard.png");
		assertTrue(page.canFinish(), () -> "finish: " + page.message());
		page.finish();
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), () -> "closed: " + page.message());

		Checklist saved = fx.workspace.loadChecklist("naibu-2026");
		assertEquals("JIS Q 15001:2017", saved.standard());
		assertEquals(3, saved.itemCount());
		assertEquals("委託先と契約を結んでいますか。", saved.item("1-2").orElseThrow().questions().get(0).ja());
	}

	@Test
	void theImportCommandIsContributedWithItsJapaneseName() throws Exception {
		Command command = fx.window.getService(ICommandService.class).getCommand("kansa.ui.checklist.import");
		assertTrue(command.isDefined());
		assertEquals("Excel からチェックリストを取り込む", command.getName());
		assertTrue(command.isHandled());
	}

	@Test
	void aFileThatIsNotAWorkbookShowsTheImportersMessageAndWritesNothing() throws Exception {
		Path bad = Files.writeString(fx.root.resolve("memo.xlsx"),
				"これは Excel のファイルではありません");
		ImportWizard wizard = open();
		ImportWizardPage page = new ImportWizardPage(dialog.getShell());
		page.setFile(bad).waitForRead();
		String message = wizard.error();
		assertNotNull(message);
		assertTrue(message.contains(bad.getFileName().toString()), message);
		assertFalse(message.contains("Exception"), "a message, not a stack trace: " + message);
		assertEquals(message, page.message(), "shown under the wizard's title");
		assertFalse(page.canFinish());
		assertTrue(fx.workspace.checklistIds().isEmpty());
	}

	/** IDs and versions Windows reserves are refused on the name page with the workspace's rule, Finish disabled. */
	@Test
	void theNamePageRefusesIdsAndVersionsWindowsReserves() throws Exception {
		Path xlsx = workbook(fx.root.resolve("名前.xlsx"));
		ImportWizard wizard = open();
		ImportWizardPage page = new ImportWizardPage(dialog.getShell());
		page.setFile(xlsx).waitForRead();
		assertNull(wizard.error(), () -> wizard.error());
		page.next();
		page.next();
		for (String[] bad : new String[][] { { "CON", "1.0", "CON" }, { "com1.audit", "1.0", "com1.audit" },
				{ "itaku", "COM\u00b9", "COM\u00b9" }, { "itaku", "1.0.", "1.0." } }) {
			page.name(bad[0], "委託先管理", bad[1]);
			assertFalse(page.canFinish(), () -> "refused: " + String.join(" ", bad));
			assertEquals(NLS.bind(Messages.Import_notPortable, bad[2]), page.message());
		}
		page.name("itaku", "委託先管理", "1.0");
		assertTrue(page.canFinish(), () -> "finish: " + page.message());
		assertTrue(fx.workspace.checklistIds().isEmpty(), "nothing written while refused");
	}

	private ImportWizard open() {
		ImportWizard wizard = new ImportWizard(fx.window, fx.workspace);
		dialog = ImportChecklistHandler.dialog(fx.window, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return wizard;
	}

	/** A cover sheet, then a checklist with a title line, merged section rows, a formula and an unknown 担当部署 column. */
	private static Path workbook(Path file) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			row(wb.createSheet("表紙"), 0, "委託先管理チェックリスト", null);
			Sheet s = wb.createSheet("委託先");
			row(s, 0, "委託先管理チェックリスト 2026年版");
			row(s, 2, "No.", "規格項番", "チェック内容", "確認方法", "確認する文書・記録", "判定", "備考", "担当部署");
			row(s, 3, "1. 委託先の選定");
			s.addMergedRegion(new CellRangeAddress(3, 3, 0, 7));
			row(s, 4, "1-1", "A.3.4.3.4", "委託先を選ぶ基準を定めていますか。", "委託先選定基準を閲覧する。", "委託先選定基準", "○", null,
					"総務部");
			row(s, 5, "1-2", "A.3.4.3.4", "選定時に委託先評価表で評価していますか。", "評価表を2社分抜き取る。", "委託先評価表", null,
					"新規2社", "総務部");
			row(s, 6, "2. 契約と監督");
			s.addMergedRegion(new CellRangeAddress(6, 6, 0, 7));
			row(s, 7, "2-1", "A.3.4.3.4", "契約書に安全管理措置を定めていますか。", "契約書を閲覧する。", "委託契約書", "×", "1社未締結",
					null);
			row(s, 8, "2-2", "A.3.4.3.4", "委託先を年1回評価していますか。", "再評価の記録を確認する。", "委託先評価表（定期）");
			// a formula POI leaves without a cached value: the importer reads it as empty and says where it is
			s.getRow(8).createCell(6).setCellFormula("\"年1回\"");
			wb.write(out);
		}
		return file;
	}

	/** A title block whose 名称/規格 line outscores the real header on row 4, which has only No. and 点検項目. */
	private static Path titleBlockWorkbook(Path file) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet s = wb.createSheet("内部監査");
			row(s, 0, "個人情報保護 内部監査チェックリスト");
			row(s, 1, "名称", "委託先管理", "規格", "JIS Q 15001:2017");
			row(s, 3, "No.", "点検項目", "担当部署");
			row(s, 4, "1-1", "委託先を選ぶ基準を定めていますか。", "総務部");
			row(s, 5, "1-2", "委託先と契約を結んでいますか。", "総務部");
			row(s, 6, "1-3", "委託先を年1回評価していますか。", "購買部");
			wb.write(out);
		}
		return file;
	}

	private static void row(Sheet s, int index, String... cells) {
		Row r = s.createRow(index);
		for (int k = 0; k < cells.length; k++) {
			if (cells[k] != null) {
				r.createCell(k).setCellValue(cells[k]);
			}
		}
	}
}
