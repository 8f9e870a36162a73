package kansa.report.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.core.runtime.SubMonitor;

import kansa.core.audit.Audit;
import kansa.core.report.ReportRequest;

import kansa.office.CellText;
import kansa.office.UserTextCells;

/**
 * Builds the workbook sheet by sheet. Streaming (SXSSF) keeps only a window of rows in memory, so a checklist of
 * 10,000 items costs no more heap than one of 100; everything that SXSSF cannot do later (reading flushed rows,
 * auto-sizing) is avoided by design, and validations, conditional formats and autofilters are one range each.
 */
final class EvidenceWorkbook {

	/** Rows kept in memory per sheet before they are flushed to a temporary file. */
	private static final int ROW_WINDOW = 200;

	private EvidenceWorkbook() {
	}

	static void write(ReportRequest request, OutputStream out, SubMonitor progress, LocalDate today,
			String linkPrefix) throws IOException {
		Texts texts = new Texts(request.language());
		Audit audit = request.audit();
		progress.setWorkRemaining(100);
		progress.subTask(texts.t("証跡ファイルを確認しています", "Checking evidence files"));
		EvidenceIndex evidence = EvidenceIndex.build(audit, request.auditDirectory(), progress.split(30));

		SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
		try {
			workbook.setCompressTempFiles(true);
			Cells cells = new Cells(new Styles(workbook, texts), new UserTextCells(workbook));
			Links links = new Links(workbook.getCreationHelper(), linkPrefix);
			SheetContext ctx = new SheetContext(request, texts, cells, links, evidence);
			properties(workbook, audit, texts);

			progress.subTask(texts.t("シートを作成しています", "Writing sheets"));
			new CoverSheet(ctx, today).write(workbook);
			new SummarySheet(ctx).write(workbook);
			progress.split(5);
			ChecklistSheet checklist = new ChecklistSheet(ctx);
			checklist.write(workbook, progress.split(40));
			new FindingsSheet(ctx).write(workbook);
			new CorrectiveActionsSheet(ctx).write(workbook);
			progress.split(5);
			new EvidenceSheet(ctx).write(workbook, progress.split(10));
			IdentitySheet.write(workbook, audit, checklist.resultRows());
			if (request.marksDraft()) {
				for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
					if (!workbook.isSheetHidden(i)) {
						PageLayout.markDraft(workbook.getSheetAt(i), texts);
					}
				}
			}

			progress.subTask(texts.t("ファイルに書き込んでいます", "Saving"));
			progress.split(1); // last chance to cancel before bytes go out
			workbook.write(out);
			progress.split(9);
		} finally {
			workbook.close(); // also deletes SXSSF's temporary files
		}
	}

	private static void properties(SXSSFWorkbook workbook, Audit audit, Texts texts) {
		POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
		core.setTitle(CellText.clean(audit.title()));
		core.setSubjectProperty(CellText.clean(audit.client().name()));
		core.setCreator(CellText.clean(audit.leadAuditor().isEmpty() ? "Kansa" : audit.leadAuditor()));
		core.setDescription(texts.t("Kansa 監査チェックリスト結果・証跡一覧", "Kansa audit checklist results and evidence"));
	}
}
