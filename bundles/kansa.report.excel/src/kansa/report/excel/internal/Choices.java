package kansa.report.excel.internal;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

import kansa.core.audit.CorrectiveActionStatus;
import kansa.core.audit.Verdict;

/**
 * Columns the client may edit in their copy: a drop-down of the allowed labels, and for verdicts a fill that
 * follows the value (conditional formatting rather than a fixed fill, so an edited verdict gets its colour).
 * Both are one rule per column, not per cell, which keeps large sheets small and works with SXSSF.
 */
final class Choices {

	private Choices() {
	}

	static String[] verdictLabels(Texts t) {
		return Arrays.stream(Verdict.values()).map(v -> v.label(t.locale())).toArray(String[]::new);
	}

	static String[] correctiveActionLabels(Texts t) {
		return Arrays.stream(CorrectiveActionStatus.values()).map(s -> s.label(t.locale())).toArray(String[]::new);
	}

	/** A list validation on rows firstRow..lastRow of one column (an explicit list: at most 255 characters). */
	static void dropDown(Sheet sheet, int column, int firstRow, int lastRow, String[] labels, Texts t) {
		if (lastRow < firstRow) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createExplicitListConstraint(labels);
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(firstRow, lastRow, column, column));
		validation.setSuppressDropDownArrow(true); // XSSF quirk: true shows the arrow
		validation.setEmptyCellAllowed(true);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(t.t("入力できない値です", "Value not allowed"),
				t.t("一覧から選択してください。", "Please choose a value from the list."));
		sheet.addValidationData(validation);
	}

	/** Fills verdict cells by their value. */
	static void verdictFills(Sheet sheet, int column, int firstRow, int lastRow, Texts t) {
		if (lastRow < firstRow) {
			return;
		}
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		CellRangeAddress[] range = { new CellRangeAddress(firstRow, lastRow, column, column) };
		for (Verdict v : Verdict.values()) {
			int rgb = Palette.verdict(v);
			if (rgb < 0) {
				continue;
			}
			ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
					'"' + v.label(t.locale()) + '"', null);
			PatternFormatting fill = rule.createPatternFormatting();
			fill.setFillBackgroundColor(Palette.color(rgb));
			fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
			formatting.addConditionalFormatting(range, rule);
		}
	}
}
