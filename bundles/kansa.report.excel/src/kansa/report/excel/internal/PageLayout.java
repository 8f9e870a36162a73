package kansa.report.excel.internal;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

import kansa.office.CellText;

/** Print set-up: A4, one page wide, the audit title and page numbers in the margins. */
final class PageLayout {

	private PageLayout() {
	}

	static void apply(Sheet sheet, String auditTitle, boolean landscape, Texts texts) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(landscape);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0); // as many pages tall as needed
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(PageMargin.LEFT, 0.4);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
		sheet.setMargin(PageMargin.HEADER, 0.3);
		sheet.setMargin(PageMargin.FOOTER, 0.3);
		sheet.getHeader().setLeft(CellText.headerFooter(auditTitle, 80));
		sheet.getHeader().setRight("&A"); // sheet name
		sheet.getFooter().setCenter(texts.t("&P / &N ページ", "Page &P of &N"));
	}

	/** The ドラフト mark in the middle of the sheet's page header, bold and red, on every printed page. */
	static void markDraft(Sheet sheet, Texts texts) {
		sheet.getHeader().setCenter("&\"-,Bold\"&12&K" + String.format("%06X", Palette.DRAFT)
				+ texts.t("ドラフト", "DRAFT"));
	}
}
